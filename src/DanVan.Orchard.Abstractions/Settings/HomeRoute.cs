using System.Text.Json.Nodes;

namespace DanVan.Orchard.Settings;

/// <summary>
/// Orchard's <c>HomeRoute</c> site setting, kept in its shape so Orchard recipes set it as they are:
/// <c>{ "Area": "OrchardCore.Contents", "Controller": "Item", "Action": "Display", "ContentItemId": "…" }</c>.
/// Set, the home page shows that item (while it is published) instead of the latest news.
/// </summary>
public static class HomeRoute
{
    public const string Name = "HomeRoute";

    public static string? ContentItemId(SiteSettings site) =>
        site.Properties[Name] is JsonObject route && route["ContentItemId"] is JsonValue id && id.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : null;

    /// <summary>Makes <paramref name="contentItemId"/> the home page (null: back to the latest news).</summary>
    public static void Set(SiteSettings site, string? contentItemId)
    {
        if (contentItemId is null)
        {
            site.Properties.Remove(Name);
            return;
        }

        site.Properties[Name] = new JsonObject
        {
            ["Area"] = "OrchardCore.Contents",
            ["Controller"] = "Item",
            ["Action"] = "Display",
            ["ContentItemId"] = contentItemId,
        };
    }
}
