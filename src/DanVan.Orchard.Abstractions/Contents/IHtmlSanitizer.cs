namespace DanVan.Orchard.Contents;

/// <summary>
/// Makes posted HTML safe to serve: no scripts, event handlers or unsafe URLs, no forms, frames or plugins, none of the
/// styling Word and web pages bring along; the structure an article body needs is kept.
/// </summary>
public interface IHtmlSanitizer
{
    string Sanitize(string html);
}
