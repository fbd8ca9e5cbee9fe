using DanVan.Orchard.Contents;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Admin;

/// <summary>The admin content list's text filter through the tenant's index: published items, any field, with or without diacritics.</summary>
public sealed class ContentListTextSearch(SearchService search, IOptions<SearchOptions> options) : IContentListTextSearch
{
    public async Task<IReadOnlyCollection<string>> FindPublishedAsync(string text, int max, CancellationToken cancellationToken)
    {
        if (text.Length > options.Value.MaxQueryLength)
        {
            return [];
        }

        try
        {
            return await search.FindIdsAsync(ReaderQuery.Parse(text), max, cancellationToken);
        }
        catch (SearchIndexHeldException)
        {
            // The CLI rebuilds the index: the list filters by title alone meanwhile.
            return [];
        }
    }
}
