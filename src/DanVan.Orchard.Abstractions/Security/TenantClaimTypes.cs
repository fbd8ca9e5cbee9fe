namespace DanVan.Orchard.Security;

public static class TenantClaimTypes
{
    /// <summary>The tenant that issued a sign-in; a principal is only accepted by that tenant.</summary>
    public const string Tenant = "danvan:tenant";
}
