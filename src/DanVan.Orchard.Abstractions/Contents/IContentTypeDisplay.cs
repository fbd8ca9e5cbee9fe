namespace DanVan.Orchard.Contents;

/// <summary>How a module shows items of one content type to readers; used by its public pages and by the admin preview.</summary>
public interface IContentTypeDisplay
{
    string ContentType { get; }

    /// <summary>The public view, e.g. <c>~/Views/Article/Show.cshtml</c> (the site theme provides it).</summary>
    string ViewPath { get; }

    /// <summary>The tenant-relative URL prefix of the type's pages, e.g. <c>tin-tuc/</c>.</summary>
    string PathPrefix { get; }

    object BuildViewModel(ContentItem item);
}
