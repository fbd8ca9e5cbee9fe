using Ganss.Xss;

namespace DanVan.Orchard.Contents;

/// <summary>Removes scripts, event handlers and unsafe URLs from HTML, keeping what an article body needs.</summary>
public sealed class HtmlSanitizerService
{
    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Add("figure");
        _sanitizer.AllowedTags.Add("figcaption");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("loading");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
