namespace DanVan.Orchard.Tenancy;

/// <summary>A problem of one tenant, in Vietnamese, with where in the tenant's admin it is shown.</summary>
public sealed record TenantAlert(string TenantName, string Message, string AdminPath);
