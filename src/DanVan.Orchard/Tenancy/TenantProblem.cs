namespace DanVan.Orchard.Tenancy;

/// <summary>One thing <see cref="TenantIntegrityChecker"/> found wrong with a tenant.</summary>
public sealed record TenantProblem(string Tenant, string Problem)
{
    public override string ToString() => $"{Tenant}: {Problem}";
}
