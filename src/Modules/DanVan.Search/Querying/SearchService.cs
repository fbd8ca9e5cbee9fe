using System.Globalization;
using DanVan.Orchard.Data;
using DanVan.Orchard.Settings;
using DanVan.Search.Analysis;
using DanVan.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>Searches the current tenant's index (caught up with every committed change first).</summary>
public sealed class SearchService(SearchIndexer indexer, IDocumentStore documents, SiteService site, ILogger<SearchService> logger)
{
    /// <summary>The tenant's search settings, with the fields queried as the site's <c>LuceneSettings</c> says.</summary>
    public async Task<SearchSettings> GetSettingsAsync(CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SearchSettings>(SearchSettings.DocumentId, cancellationToken);
        settings.QueriedRoles = DefaultSearchFields.RolesOf(await site.GetAsync(cancellationToken), logger);
        return settings;
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var settings = await GetSettingsAsync(cancellationToken);
        var built = SearchQueryBuilder.Build(request.Text, settings);
        if (built is null && !HasFilter(request))
        {
            return SearchResults.Refused(request.Text.IsEmpty ? "Hãy nhập từ cần tìm." : "Từ cần tìm không có chữ hay số nào để tìm.");
        }

        var index = await indexer.GetCurrentAsync(cancellationToken);
        var searcher = index.AcquireSearcher();
        try
        {
            var (top, page) = SearchExecutor.Run(searcher, built, request);
            var snippets = new SnippetMaker(built?.Highlight);
            return new SearchResults(top.TotalHits, page.Select(d => ToHit(searcher.Doc(d.Doc), snippets, d.Score)).ToList());
        }
        finally
        {
            index.ReleaseSearcher(searcher);
        }
    }

    /// <summary>The ids of the best <paramref name="max"/> items for what was typed (no filters, no snippets).</summary>
    public async Task<IReadOnlyCollection<string>> FindIdsAsync(ReaderQuery text, int max, CancellationToken cancellationToken)
    {
        if (SearchQueryBuilder.Build(text, await GetSettingsAsync(cancellationToken)) is not { } built)
        {
            return [];
        }

        var index = await indexer.GetCurrentAsync(cancellationToken);
        var searcher = index.AcquireSearcher();
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

    /// <summary>The categories the tenant's indexed items have, for the filter.</summary>
    public async Task<IReadOnlyList<(string Slug, string Name)>> GetCategoriesAsync(CancellationToken cancellationToken)
    {
        var index = await indexer.GetCurrentAsync(cancellationToken);
        var searcher = index.AcquireSearcher();
        try
        {
            return SearchExecutor.Categories(searcher.IndexReader);
        }
        finally
        {
            index.ReleaseSearcher(searcher);
        }
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
