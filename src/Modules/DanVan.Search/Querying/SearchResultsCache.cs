using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Querying;

/// <summary>
/// Result pages recently given, by what was asked and the exact version of every index read: readers ask the same
/// few things (a conference, a movement, a commune), and a page is answered again without scoring every match nor
/// highlighting again. Any change to an index (a new searcher), a reopened index or other settings makes another key,
/// so a cached page is never stale; old keys are simply never asked again and age out.
/// </summary>
public sealed class SearchResultsCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public SearchResultsCache(IOptions<SearchOptions> options)
    {
        var size = options.Value.ResultsCacheSize;
        _cache = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size }) : null;
    }

    public SearchResults? Find(string key) => _cache is not null && _cache.TryGetValue(key, out SearchResults? results) ? results : null;

    public void Add(string key, SearchResults results)
    {
        // A refusal or a partial answer (an index missing) is not worth keeping.
        if (_cache is null || results.Message is not null)
        {
            return;
        }

        _cache.Set(key, results, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
    }

    public const string PortalScope = "portal";
    public const string DistrictScope = "district";

    /// <summary>
    /// What decides a page besides the indexes: who asks (<paramref name="scope"/>: the portal's hits name their district
    /// and link through it, a district's own do not, even when both read the same one index), the words and phrases,
    /// filters, sort, page and the settings queried with.
    /// </summary>
    public static StringBuilder KeyOf(string scope, SearchRequest request, SearchSettings settings)
    {
        var key = new StringBuilder(128);
        key.Append(scope).Append('\u001e');
        foreach (var word in request.Text.Words)
        {
            key.Append(word).Append('\u001f');
        }

        key.Append('\u001e');
        foreach (var phrase in request.Text.Phrases)
        {
            key.Append(phrase).Append('\u001f');
        }

        key.Append('\u001e').Append(request.Type).Append('\u001f').Append(request.Category)
            .Append('\u001f').Append(request.FromUtc?.Ticks.ToString(CultureInfo.InvariantCulture))
            .Append('\u001f').Append(request.ToUtc?.Ticks.ToString(CultureInfo.InvariantCulture))
            .Append('\u001f').Append(request.Newest ? 'n' : 'r')
            .Append('\u001f').Append(request.Page.ToString(CultureInfo.InvariantCulture))
            .Append('\u001f').Append(request.PageSize.ToString(CultureInfo.InvariantCulture))
            .Append('\u001e').Append(string.Join(',', settings.QueriedRoles))
            .Append('\u001f').Append(string.Create(CultureInfo.InvariantCulture, $"{settings.TitleBoost}|{settings.LeadBoost}|{settings.BodyBoost}|{settings.TagsBoost}|{settings.ExactBoost}"))
            .Append('\u001e');
        return key;
    }

    /// <summary>Adds one index read, by its tenant, the opening of it in this process and its reader's version.</summary>
    public static void AddIndex(StringBuilder key, string tenant, long openId, long version) =>
        key.Append(tenant).Append('\u001f').Append(openId.ToString(CultureInfo.InvariantCulture))
            .Append('\u001f').Append(version.ToString(CultureInfo.InvariantCulture)).Append('\u001d');

    public void Dispose() => _cache?.Dispose();
}
