namespace DanVan.Orchard.Tenancy;

/// <summary>What setting up a tenant needs: the setup recipe first, then any others (e.g. sample-content), and the first administrator.</summary>
public sealed record TenantSetupRequest(
    IReadOnlyList<string> Recipes,
    string? SiteName,
    string AdminUserName,
    string AdminEmail,
    string AdminPassword);
