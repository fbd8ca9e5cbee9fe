using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>
/// One query over the portal's index and every Running district's (never a Disabled or Failed one, nor one whose
/// database is unavailable), read as one index so scores compare; each hit names its tenant.
/// </summary>
public sealed class PortalSearch(ITenantRegistry registry, TenantScopes scopes, SearchIndexes indexes, ILogger<PortalSearch> logger)
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, SearchSettings settings, string? district, CancellationToken cancellationToken)
    {
        var built = SearchQueryBuilder.Build(request.Text, settings);
        if (built is null && !SearchService.HasFilter(request) && district is null)
        {
            return SearchResults.Refused(request.Text.IsEmpty ? "Hãy nhập từ cần tìm." : "Từ cần tìm không có chữ hay số nào để tìm.");
        }

        var opened = new List<(TenantSettings Tenant, TenantSearchIndex Index, IndexSearcher Searcher)>();
        try
        {
            foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running &&
                (district is null || string.Equals(t.Name, district, StringComparison.OrdinalIgnoreCase))))
            {
                if (await CurrentIndexAsync(tenant, cancellationToken) is { } index)
                {
                    opened.Add((tenant, index, index.AcquireSearcher()));
                }
            }

            if (opened.Count == 0)
            {
                return new SearchResults(0, []);
            }

            using var reader = new MultiReader(opened.Select(o => o.Searcher.IndexReader).ToArray(), closeSubReaders: false);
            var searcher = new IndexSearcher(reader);
            var (top, page) = SearchExecutor.Run(searcher, built, request);
            var bases = new int[opened.Count];
            for (var i = 1; i < opened.Count; i++)
            {
                bases[i] = bases[i - 1] + opened[i - 1].Searcher.IndexReader.MaxDoc;
            }

            var snippets = new SnippetMaker(built?.Highlight);
            var hits = page.Select(d =>
            {
                var owner = Array.FindLastIndex(bases, b => b <= d.Doc);
                return SearchService.ToHit(searcher.Doc(d.Doc), snippets, d.Score) with { Tenant = opened[owner].Tenant.Name };
            }).ToList();
            return new SearchResults(top.TotalHits, hits);
        }
        finally
        {
            foreach (var (_, index, searcher) in opened)
            {
                index.ReleaseSearcher(searcher);
            }
        }
    }

    private async Task<TenantSearchIndex?> CurrentIndexAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        // An open index is kept current by the worker; only one not open yet is opened and caught up here.
        if (indexes.Find(tenant.Name) is { IsDisposed: false, NeedsRebuild: false } open && registry.Find(tenant.Name) == tenant)
        {
            return open;
        }

        try
        {
            var shell = registry.GetShell(tenant, touch: false);
            if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
            {
                return null;
            }

            return await scopes.RunAsync(tenant, async services =>
                await services.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(SearchIndexer), cancellationToken)
                    ? await services.GetRequiredService<SearchIndexer>().GetCurrentAsync(cancellationToken)
                    : null, touch: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One district's broken index must not take the portal's search down.
            SearchLog.PortalTenantFailed(logger, e, tenant.Name);
            return null;
        }
    }
}
