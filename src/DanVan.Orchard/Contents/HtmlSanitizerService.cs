using Ganss.Xss;

namespace DanVan.Orchard.Contents;

/// <summary>
/// Removes scripts, event handlers and unsafe URLs from HTML, and the styling Word and web pages bring along (style,
/// class, fonts), keeping the structure an article body needs.
/// </summary>
public sealed class HtmlSanitizerService
{
    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Add("figure");
        _sanitizer.AllowedTags.Add("figcaption");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Add("loading");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
