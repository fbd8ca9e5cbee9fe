namespace DanVan.Orchard.Text;

/// <summary>First path segments the platform keeps for itself: no tenant prefix and no content path may take them.</summary>
public static class ReservedSegments
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "media", "search", "setup", "login", "logout", "account", "_content", "_framework",
        "assets", "static", "favicon.ico", "robots.txt", "sitemap.xml", "rss", "feed", "health",
    };

    public static bool IsReserved(string segment) => Names.Contains(segment);
}
