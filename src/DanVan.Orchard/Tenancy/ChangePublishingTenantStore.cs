namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Wraps the tenant store so that every write, by whatever code makes it (the admin, the CLI, a setup),
/// tells the other nodes which tenants it changed and how: told by the data itself, no writer has to remember to.
/// </summary>
public sealed class ChangePublishingTenantStore(ITenantStore inner, ITenantChangeBus bus) : ITenantStore
{
    public Task<IReadOnlyList<TenantSettings>> LoadAsync(CancellationToken cancellationToken) => inner.LoadAsync(cancellationToken);

    public Task<string> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

    public async Task<T> UpdateAsync<T>(Func<List<TenantSettings>, T> change, CancellationToken cancellationToken)
    {
        List<TenantSettings> before = [];
        List<TenantSettings> after = [];
        var result = await inner.UpdateAsync(tenants =>
        {
            before = [.. tenants];
            var outcome = change(tenants);
            after = [.. tenants];
            return outcome;
        }, cancellationToken);

        // Only once the write succeeded: a refused or failed change tells nobody anything.
        foreach (var changed in TenantChange.Between(before, after))
        {
            bus.Publish(changed);
        }

        return result;
    }
}
