using Ganss.Xss;

namespace DanVan.Orchard.Contents;

/// <summary>
/// Removes scripts, event handlers and unsafe URLs from HTML, and the styling Word and web pages bring along (style,
/// class, fonts), keeping the structure an article body needs: text, headings, lists, tables, links, images, figures.
/// Forms and their controls go too (a login form inside an article is phishing on the board's own domain), and so do
/// frames and plugins (iframe, object, embed).
/// </summary>
public sealed class HtmlSanitizerService : IHtmlSanitizer
{
    /// <summary>Never part of an article body, whatever the library allows by default.</summary>
    private static readonly string[] RemovedTags =
    [
        "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist",
        "keygen", "output", "meter", "progress", "menu", "menuitem", "iframe", "frame", "frameset", "object", "embed",
        "applet", "param", "base", "link", "meta",
    ];

    /// <summary>Attributes that only make sense on the removed controls (or that submit or retarget a form).</summary>
    private static readonly string[] RemovedAttributes =
    [
        "action", "formaction", "method", "enctype", "accept-charset", "autocomplete", "novalidate", "target", "form",
        "name", "value", "type", "checked", "disabled", "readonly", "multiple", "selected", "maxlength", "size",
    ];

    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();
        foreach (var tag in RemovedTags)
        {
            _sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in RemovedAttributes)
        {
            _sanitizer.AllowedAttributes.Remove(attribute);
        }

        _sanitizer.AllowedTags.Add("figure");
        _sanitizer.AllowedTags.Add("figcaption");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Add("loading");

        // Links may also write a mail or call a number; nothing else (javascript:, data:, vbscript:, file: …).
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
