using System.Text.Json.Nodes;

namespace DanVan.Orchard.Settings;

/// <summary>
/// Orchard's plain site settings that a recipe may set (<c>PageSize</c>, <c>BaseUrl</c>), kept in
/// <see cref="SiteSettings.Properties"/> by the settings step (which checks them) and read here where they apply.
/// </summary>
public static class OrchardPlainSettings
{
    /// <summary>Items a page of the readers' lists: the site's <c>PageSize</c> (1–100), else <paramref name="fallback"/>.</summary>
    public static int PageSize(SiteSettings site, int fallback) =>
        site.Properties["PageSize"] is JsonValue v && v.TryGetValue<int>(out var size) && size is >= 1 and <= 100 ? size : fallback;

    /// <summary>
    /// The site's own public address (<c>BaseUrl</c>, absolute http(s), no trailing slash), or null: links leaving the
    /// site (feeds, sitemap, canonical links) then use it instead of the tenant's computed address.
    /// </summary>
    public static string? BaseUrl(SiteSettings site) =>
        site.Properties["BaseUrl"] is JsonValue v && v.TryGetValue<string>(out var url) && url.Length > 0 &&
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? url.TrimEnd('/')
            : null;
}
