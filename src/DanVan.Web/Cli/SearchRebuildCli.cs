using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;

namespace DanVan.Web.Cli;

/// <summary>
/// <c>tenants search-rebuild --name X | --all</c>: asks for a rebuild through an index task (so a running site, and every
/// other node, rebuilds its own index too), then rebuilds here when no site holds the index; when one does, the site
/// applies the task within its poll interval.
/// </summary>
public static class SearchRebuildCli
{
    public static async Task<int> RunAsync(IServiceProvider services, string? name, bool all, CancellationToken ct)
    {
        if (all == (name is not null))
        {
            Console.Error.WriteLine("error: search-rebuild needs either --name <tenant> or --all.");
            return 2;
        }

        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.ReloadAsync(ct);
        var tenants = all
            ? registry.Table.All.Where(t => t.State == TenantState.Running).ToList()
            : registry.Table.Find(name!) is { } one ? [one] : [];
        if (tenants.Count == 0)
        {
            Console.Error.WriteLine(all ? "error: no running tenant." : $"error: no tenant named '{name}'.");
            return 1;
        }

        var failed = 0;
        foreach (var tenant in tenants)
        {
            if (tenant.State != TenantState.Running)
            {
                Console.Error.WriteLine($"error: tenant '{tenant.Name}' is {tenant.State}, not Running.");
                failed++;
                continue;
            }

            var outcome = await services.GetRequiredService<TenantScopes>().RunAsync(tenant, scoped => RebuildAsync(scoped, services.GetRequiredService<SearchIndexes>(), ct));
            Console.WriteLine($"{tenant.Name}: {outcome}");
        }

        return failed > 0 ? 1 : 0;
    }

    private static async Task<string> RebuildAsync(IServiceProvider scoped, SearchIndexes indexes, CancellationToken ct)
    {
        if (!await scoped.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(SearchIndexer), ct))
        {
            return "search is not enabled, nothing to do.";
        }

        var indexer = scoped.GetRequiredService<SearchIndexer>();
        await indexer.RequestRebuildAsync(ct);
        TenantSearchIndex index;
        try
        {
            index = await indexes.GetAsync(scoped.GetRequiredService<TenantContext>().Shell, ct);
        }
        catch (SearchIndexHeldException)
        {
            return "the running site holds the index; it rebuilds it within seconds (the request is stored).";
        }

        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await indexer.CatchUpAsync(index, ct);
            return $"rebuilt: {index.DocumentCount} document(s) in {clock.Elapsed.TotalSeconds:0.0} s.";
        }
        finally
        {
            await indexes.CloseAsync(index.Tenant);
        }
    }
}
