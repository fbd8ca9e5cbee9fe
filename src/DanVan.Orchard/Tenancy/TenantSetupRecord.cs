namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Kept in the tenant's database at setup for what runs later: recipes run on a running tenant get the same
/// <c>AdminUserId</c> parameter (the administrator created at setup) as the setup recipes did.
/// </summary>
public sealed class TenantSetupRecord
{
    public const string DocumentId = "TenantSetup";

    public string? AdminUserId { get; set; }
}
