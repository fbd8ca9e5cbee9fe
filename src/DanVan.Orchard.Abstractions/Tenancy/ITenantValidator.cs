namespace DanVan.Orchard.Tenancy;

/// <summary>Whether a tenant's name, prefix and host names are acceptable: well formed, not reserved, not another tenant's.</summary>
public interface ITenantValidator
{
    /// <summary>The problem with a tenant's technical name, or null when it is well formed.</summary>
    TenantError? CheckName(string name);

    /// <summary>Every problem of <paramref name="candidate"/> among <paramref name="tenants"/> (<paramref name="editing"/> is the tenant it replaces, or null).</summary>
    IReadOnlyList<TenantError> Validate(TenantAddress candidate, TenantSettings? editing, IReadOnlyCollection<TenantSettings> tenants);
}
