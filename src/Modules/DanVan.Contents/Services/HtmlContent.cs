using DanVan.Orchard.Contents;

namespace DanVan.Contents.Services;

/// <summary>
/// HTML an editor or a recipe stores (a body, an HTML field): refused when too large or deep to parse cheaply
/// (<see cref="HtmlLimits"/>), else sanitized.
/// </summary>
public sealed class HtmlContent(HtmlLimits limits, IHtmlSanitizer sanitizer)
{
    /// <summary>Why the editor cannot store <paramref name="html"/> (Vietnamese), or null.</summary>
    public string? Check(string html) => limits.Check(html);

    /// <summary>The sanitized HTML; throws <see cref="ContentFormatException"/> for <paramref name="path"/> when over the limits.</summary>
    public string Sanitize(string path, string html) =>
        limits.Check(html) is { } reason ? throw new ContentFormatException(path, reason) : sanitizer.Sanitize(html);

    /// <summary>The words of the HTML, for a search index.</summary>
    public static string Text(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " "));
}
