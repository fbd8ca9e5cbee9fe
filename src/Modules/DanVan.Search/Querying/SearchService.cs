using System.Globalization;
using System.Runtime.CompilerServices;
using DanVan.Orchard.Data;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Analysis;
using DanVan.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>
/// Searches the current tenant's index as it is. A reader's request never builds nor catches up an index (the background
/// worker does, with its own token): an index not built yet, or being rebuilt, answers "being updated".
/// </summary>
public sealed class SearchService(
    SearchIndexer indexer,
    SearchIndexes indexes,
    SearchTenantStates states,
    SearchResultsCache cache,
    TenantContext tenant,
    IDocumentStore documents,
    SiteService site,
    ILogger<SearchService> logger)
{
    // The settings with their queried roles, made once per stored settings and site settings (both cached documents,
    // replaced when saved), not on every search.
    private static readonly ConditionalWeakTable<SiteSettings, Tuple<SearchSettings, SearchSettings>> Effective = new();

    // The categories of a reader (an index version), listed once.
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<(string Slug, string Name)>> CategoriesByReader = new();

    private SearchSettings? _settings;

    /// <summary>The tenant's search settings, with the fields queried as the site's <c>LuceneSettings</c> says; read once per request.</summary>
    public async Task<SearchSettings> GetSettingsAsync(CancellationToken cancellationToken)
    {
        if (_settings is not null)
        {
            return _settings;
        }

        var stored = await documents.GetAsync<SearchSettings>(SearchSettings.DocumentId, cancellationToken);
        var siteSettings = await site.GetAsync(cancellationToken);
        if (!Effective.TryGetValue(siteSettings, out var pair) || !ReferenceEquals(pair.Item1, stored))
        {
            pair = Tuple.Create(stored, stored.WithRoles(DefaultSearchFields.RolesOf(siteSettings, logger)));
            Effective.AddOrUpdate(siteSettings, pair);
        }

        return _settings = pair.Item2;
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var settings = await GetSettingsAsync(cancellationToken);
        var built = SearchQueryBuilder.Build(request.Text, settings);
        if (built is null && !HasFilter(request))
        {
            return SearchResults.Refused(request.Text.IsEmpty ? "Hãy nhập từ cần tìm." : "Từ cần tìm không có chữ hay số nào để tìm.");
        }

        var index = await ReadableIndexAsync(cancellationToken);

        // Asked before the searcher is taken: the worker clears it only once its last commit is visible, so a searcher
        // taken after a "caught up" is current, while one taken first might be overtaken by the catch-up it missed.
        var catchingUp = index?.CatchingUp ?? true;
        if (index is null || index.TryAcquireSearcher() is not { } searcher)
        {
            return new SearchResults(0, [], Updating: 1);
        }

        try
        {
            var key = SearchResultsCache.KeyOf(SearchResultsCache.DistrictScope, request, settings);
            SearchResultsCache.AddIndex(key, index.Tenant, index.OpenId, ((DirectoryReader)searcher.IndexReader).Version);
            var cacheKey = key.ToString();
            if (cache.Find(cacheKey) is not { } results)
            {
                var (top, page) = SearchExecutor.Run(searcher, built, request);
                var snippets = new SnippetMaker(built?.Highlight);
                results = new SearchResults(top.TotalHits, page.Select(d => ToHit(searcher.Doc(d.Doc), snippets, d.Score)).ToList());
                cache.Add(cacheKey, results);
            }

            // Read as it is; said to be updating while the worker applies what is pending.
            return catchingUp ? results with { Updating = 1 } : results;
        }
        finally
        {
            index.ReleaseSearcher(searcher);
        }
    }

    /// <summary>The ids of the best <paramref name="max"/> items for what was typed (no filters, no snippets); for the admin, caught up first.</summary>
    public async Task<IReadOnlyCollection<string>> FindIdsAsync(ReaderQuery text, int max, CancellationToken cancellationToken)
    {
        if (SearchQueryBuilder.Build(text, await GetSettingsAsync(cancellationToken)) is not { } built)
        {
            return [];
        }

        var index = await indexer.GetCurrentAsync(cancellationToken);
        if (index.TryAcquireSearcher() is not { } searcher)
        {
            return [];
        }

        try
        {
            return searcher.Search(built.Query, Math.Max(1, max)).ScoreDocs
                .Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id, CultureInfo.InvariantCulture))
                .ToList();
        }
        finally
        {
            index.ReleaseSearcher(searcher);
        }
    }

    /// <summary>The categories the tenant's indexed items have, for the filter (none while the index is not ready).</summary>
    public async Task<IReadOnlyList<(string Slug, string Name)>> GetCategoriesAsync(CancellationToken cancellationToken)
    {
        var index = await ReadableIndexAsync(cancellationToken);
        if (index is null || index.TryAcquireSearcher() is not { } searcher)
        {
            return [];
        }

        try
        {
            return CategoriesByReader.GetValue(searcher.IndexReader, SearchExecutor.Categories);
        }
        finally
        {
            index.ReleaseSearcher(searcher);
        }
    }

    /// <summary>The tenant's index as it is, when it can be read without building it (<see cref="SearchIndexes.OpenIfReadyAsync"/>).</summary>
    private Task<TenantSearchIndex?> ReadableIndexAsync(CancellationToken cancellationToken)
    {
        // A reader searching here means search is on here: the portal may count this district again.
        if (states.Find(tenant.Settings, tenant.Shell) != true)
        {
            states.Remember(tenant.Settings, tenant.Shell, searchOn: true);
        }

        // Held by another process (the CLI rebuilding it): SearchIndexHeldException, a 503 with Retry-After.
        return indexes.OpenIfReadyAsync(tenant.Shell, cancellationToken);
    }

    public static bool HasFilter(SearchRequest request) =>
        request.Type is not null || request.Category is not null || request.FromUtc is not null || request.ToUtc is not null;

    public static SearchHit ToHit(Document document, SnippetMaker snippets, float score)
    {
        var title = document.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? string.Empty;
        return new SearchHit(
            document.Get(SearchFields.Id, CultureInfo.InvariantCulture),
            document.Get(SearchFields.Type, CultureInfo.InvariantCulture),
            document.Get(SearchFields.TypeName, CultureInfo.InvariantCulture) ?? document.Get(SearchFields.Type, CultureInfo.InvariantCulture),
            document.Get(SearchFields.Url, CultureInfo.InvariantCulture) ?? string.Empty,
            title,
            snippets.Title(title),
            snippets.Snippet(document.Get(SearchFields.Lead, CultureInfo.InvariantCulture), document.Get(SearchFields.Body, CultureInfo.InvariantCulture)),
            document.Get(SearchFields.CategoryName, CultureInfo.InvariantCulture),
            new DateTime(document.GetField(SearchFields.Date)?.GetInt64Value() ?? 0, DateTimeKind.Utc),
            float.IsNaN(score) ? 0 : score);
    }
}
