using System.Text.RegularExpressions;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Search;

/// <summary>Helpers of the search tests: items made through the content manager (so index tasks are written as in the admin) and reading the results page.</summary>
public static partial class SearchTestSupport
{
    public static ContentItem Article(string title, string lead, string body, string category = "Tin hoạt động", params string[] tags) =>
        SearchArticle.Make(title, lead, body, category, tags);

    /// <summary>Saves (and publishes) the item as an editor would; returns its id.</summary>
    public static async Task<string> SaveAsync(OrchardWebApplicationFactory site, string tenant, ContentItem item, bool publish = true)
    {
        string id = string.Empty;
        await site.InTenantAsync(tenant, async services =>
        {
            var saved = await services.GetRequiredService<IContentManager>().SaveAsync(item, publish, null, ContentActor.System, CancellationToken.None);
            id = saved.Item.ContentItemId;
        });
        return id;
    }

    public static Task RunAsync(OrchardWebApplicationFactory site, string tenant, Func<IContentManager, Task> action) =>
        site.InTenantAsync(tenant, services => action(services.GetRequiredService<IContentManager>()));

    /// <summary>The content item ids of the hits on a results page, in order.</summary>
    public static IReadOnlyList<string> HitIds(string html) =>
        HitPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>
    /// The results page once the tenant's index is ready: a reader's request never builds an index, the background
    /// worker does (asked by that request), so a district never searched before answers "being updated" for a moment.
    /// </summary>
    public static Task<string> ReadyPageAsync(HttpClient client, string url) =>
        Eventually.ReturnsAsync(() => client.GetStringAsync(url), h => !h.Contains("data-search-updating", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

    public static int? Count(string html) =>
        CountPattern().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("data-search-hit=\"([^\"]+)\"")]
    private static partial Regex HitPattern();

    [GeneratedRegex("data-search-count=\"(\\d+)\"")]
    private static partial Regex CountPattern();
}
