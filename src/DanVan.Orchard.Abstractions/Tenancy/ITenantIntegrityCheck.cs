namespace DanVan.Orchard.Tenancy;

/// <summary>A module's part in <c>tenants check</c>: what must hold in a Running tenant's data (e.g. Users: it has an administrator).</summary>
public interface ITenantIntegrityCheck
{
    /// <summary>Problems found, one short sentence each; runs in the tenant's scope, its database known to open and be migrated.</summary>
    Task<IReadOnlyList<string>> CheckAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);
}
