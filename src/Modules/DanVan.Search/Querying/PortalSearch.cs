using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Querying;

/// <summary>
/// One query over the portal's index and every Running district's (never a Disabled or Failed one, nor one whose
/// database is unavailable), read as one index so scores compare; each hit names its tenant.
/// An anonymous request never builds nor catches up an index: it reads the indexes already open, looks at most
/// <see cref="SearchOptions.PortalOpensPerRequest"/> closed ones (whether search is on there, then opens it if complete
/// on disk), and skips the others (missing, being rebuilt, held by the CLI, beyond this request's looks), which it hands
/// to the background worker and counts as being updated. Whether a district has search on is remembered
/// (<see cref="SearchTenantStates"/>), so a district without it costs nothing after the first look. The terms' states
/// are looked up before the weight is made (<see cref="PrebuiltTermStates"/>) and each field's statistics summed once
/// (<see cref="PortalIndexSearcher"/>): Lucene alone spends half of such a query doing both per term and per segment.
/// The districts' segments are scored on the request's thread and, when one is free, a helper thread
/// (<see cref="ScoringHelperPool"/>).
/// </summary>
public sealed class PortalSearch(
    ITenantRegistry registry,
    TenantScopes scopes,
    SearchIndexes indexes,
    SearchTenantStates states,
    SearchResultsCache cache,
    ScoringHelperPool helpers,
    IOptions<SearchOptions> options,
    ILogger<PortalSearch> logger)
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, SearchSettings settings, string? district, CancellationToken cancellationToken)
    {
        var built = SearchQueryBuilder.Build(request.Text, settings);
        if (built is null && !SearchService.HasFilter(request) && district is null)
        {
            return SearchResults.Refused(request.Text.IsEmpty ? "Hãy nhập từ cần tìm." : "Từ cần tìm không có chữ hay số nào để tìm.");
        }

        var opened = new List<(TenantSettings Tenant, TenantSearchIndex Index, IndexSearcher Searcher)>();
        var looksLeft = options.Value.PortalOpensPerRequest;
        var updating = 0;
        try
        {
            foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running &&
                (district is null || string.Equals(t.Name, district, StringComparison.OrdinalIgnoreCase))))
            {
                var (index, notReady, lookedHere) = await ReadyIndexAsync(tenant, looksLeft > 0, cancellationToken);
                looksLeft -= lookedHere ? 1 : 0;

                // Asked before the searcher is taken (see SearchService): a district behind its tasks is said to be updating.
                var catchingUp = index?.CatchingUp ?? false;

                // Closed between being found open and being read (idle, disabled, a failed update): not ready, not an error.
                if (index is null || index.TryAcquireSearcher() is not { } searcher)
                {
                    updating += notReady || index is not null ? 1 : 0;
                    continue;
                }

                updating += catchingUp ? 1 : 0;
                opened.Add((tenant, index, searcher));
            }

            if (opened.Count == 0)
            {
                return new SearchResults(0, [], Updating: updating);
            }

            var key = SearchResultsCache.KeyOf(SearchResultsCache.PortalScope, request, settings);
            foreach (var (_, index, searcher) in opened)
            {
                SearchResultsCache.AddIndex(key, index.Tenant, index.OpenId, ((DirectoryReader)searcher.IndexReader).Version);
            }

            var cacheKey = key.ToString();
            if (cache.Find(cacheKey) is not { } results)
            {
                results = Search(opened, built, request, helpers);
                cache.Add(cacheKey, results);
            }

            return results with { Updating = updating };
        }
        finally
        {
            foreach (var (_, index, searcher) in opened)
            {
                index.ReleaseSearcher(searcher);
            }
        }
    }

    private static SearchResults Search(List<(TenantSettings Tenant, TenantSearchIndex Index, IndexSearcher Searcher)> opened, SearchQueryBuilder.Built? built, SearchRequest request, ScoringHelperPool helpers)
    {
        using var reader = new MultiReader(opened.Select(o => o.Searcher.IndexReader).ToArray(), closeSubReaders: false);
        var searcher = new PortalIndexSearcher(reader, helpers);
        var prebuilt = built is null ? null
            : request.Newest ? built with { Matching = PrebuiltTermStates.Apply(built.Matching, searcher.TopReaderContext) }
            : built with { Query = PrebuiltTermStates.Apply(built.Query, searcher.TopReaderContext) };
        var (top, page) = SearchExecutor.Run(searcher, prebuilt, request);
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

    /// <summary>
    /// The tenant's index if it can be read now without building it: already open and complete, or complete on disk and
    /// opened here when <paramref name="mayLook"/>. Null for a tenant left out: without search, without a database,
    /// or (<c>NotReady</c>) with no complete index yet — then the worker is asked to build it, with its own token —,
    /// held by another process, or beyond this request's looks. <c>Looked</c>: the tenant's database, features or
    /// files were read here (which counts against the request's looks).
    /// </summary>
    private async Task<(TenantSearchIndex? Index, bool NotReady, bool Looked)> ReadyIndexAsync(TenantSettings tenant, bool mayLook, CancellationToken cancellationToken)
    {
        if (indexes.Find(tenant.Name) is { IsDisposed: false } open && registry.Find(tenant.Name) == tenant)
        {
            // Kept current by the worker (signalled on every change, polled for other processes' changes).
            return (open.NeedsRebuild ? null : open, open.NeedsRebuild, false);
        }

        // Nothing of a closed district is touched (not even its shell) once it is known to have search off, until the
        // worker or a search of its own sees it on, nor beyond this request's looks.
        if (states.WasOff(tenant))
        {
            return (null, false, false);
        }

        if (!mayLook)
        {
            return (null, true, false);
        }

        try
        {
            var shell = registry.GetShell(tenant, touch: false);
            if (states.Find(tenant, shell) is not { } searchOn)
            {
                if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
                {
                    return (null, false, true);
                }

                searchOn = await scopes.RunAsync(tenant, services => services.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(SearchIndexer), cancellationToken), touch: false);
                states.Remember(tenant, shell, searchOn);
            }

            if (!searchOn)
            {
                return (null, false, true);
            }

            var index = await indexes.OpenIfReadyAsync(shell, cancellationToken);
            return (index, index is null, true);
        }
        catch (SearchIndexHeldException)
        {
            // The CLI rebuilds it: left out until it is done.
            return (null, true, true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One district's broken index must not take the portal's search down.
            SearchLog.PortalTenantFailed(logger, e, tenant.Name);
            return (null, false, true);
        }
    }
}
