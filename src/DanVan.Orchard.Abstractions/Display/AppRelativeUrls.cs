namespace DanVan.Orchard.Display;

/// <summary>
/// Stored HTML refers to the tenant's own files as <c>~/media/…</c>, so it survives a change of prefix or host; it is
/// resolved against the request's path base when shown.
/// </summary>
public static class AppRelativeUrls
{
    public static string Resolve(string html, string pathBase) =>
        html.Replace("src=\"~/", $"src=\"{pathBase}/", StringComparison.Ordinal)
            .Replace("href=\"~/", $"href=\"{pathBase}/", StringComparison.Ordinal);
}
