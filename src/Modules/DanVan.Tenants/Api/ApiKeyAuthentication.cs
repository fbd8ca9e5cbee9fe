namespace DanVan.Tenants.Api;

/// <summary>Names of the tenants API's authentication scheme and of what its principal carries.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "DanVan.ApiKey";

    /// <summary>A permission the principal holds; an API key holds ManageTenants on the portal, and nothing else.</summary>
    public const string PermissionClaim = "danvan:permission";

    /// <summary>The key's id, so its last use can be noted.</summary>
    public const string KeyIdClaim = "danvan:api-key";

    public const string Realm = "DanVan tenants API";
}
