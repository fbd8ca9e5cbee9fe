using DanVan.Orchard.Tenancy;

namespace DanVan.Search.Indexing;

/// <summary>A removed tenant's index goes with it (also when the index root is outside the tenant's folder).</summary>
public sealed class SearchTenantRemovingHandler(SearchIndexes indexes) : ITenantRemovingHandler
{
    public Task RemovingAsync(TenantSettings tenant, CancellationToken cancellationToken) => indexes.DeleteAsync(tenant.Name);
}
