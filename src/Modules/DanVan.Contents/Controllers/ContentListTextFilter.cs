using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;

namespace DanVan.Contents.Controllers;

/// <summary>The list's text filter widened by a full-text index when a module offers one in this tenant (Search).</summary>
internal static class ContentListTextFilter
{
    /// <summary>More matches than this are not useful on an admin list filtered by text; the best ones are kept.</summary>
    private const int MaxIndexed = 500;

    public static async Task<ContentQuery> WithIndexAsync(ContentQuery query, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return query;
        }

        var searches = await services.GetRequiredService<FeatureGate>().GetEnabledAsync<IContentListTextSearch>(cancellationToken);
        return searches.Count == 0
            ? query
            : query with { AlsoMatchingIds = await searches[0].FindPublishedAsync(query.Text, MaxIndexed, cancellationToken) };
    }
}
