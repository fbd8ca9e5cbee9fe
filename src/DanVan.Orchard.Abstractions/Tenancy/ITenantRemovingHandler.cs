namespace DanVan.Orchard.Tenancy;

/// <summary>
/// A module's part in removing a tenant for good: deletes what the module keeps for the tenant outside its database
/// (e.g. Media: its files in the media store). Every handler runs, whatever the tenant's features: a feature turned
/// off later may have left data behind. Called after the tenant's database is deleted, before its folder and entry.
/// </summary>
public interface ITenantRemovingHandler
{
    Task RemovingAsync(TenantSettings tenant, CancellationToken cancellationToken);
}
