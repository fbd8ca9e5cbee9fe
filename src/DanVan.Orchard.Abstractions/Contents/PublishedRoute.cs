namespace DanVan.Orchard.Contents;

/// <summary>A published item that has a page: its path (no leading slash), type and last change, for the sitemap.</summary>
public sealed record PublishedRoute(string ContentItemId, string Path, string ContentType, DateTime? ModifiedUtc);
