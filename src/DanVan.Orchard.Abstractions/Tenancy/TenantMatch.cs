namespace DanVan.Orchard.Tenancy;

/// <summary>The tenant a request belongs to and the path prefix that selected it (empty when the host did).</summary>
public readonly record struct TenantMatch(TenantSettings Tenant, string Prefix);
