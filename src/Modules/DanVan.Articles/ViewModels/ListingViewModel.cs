namespace DanVan.Articles.ViewModels;

/// <summary>A category or tag page: <see cref="Kind"/> is "chuyen-muc" or "tu-khoa"; pages start at 1.</summary>
public sealed record ListingViewModel(
    string Heading,
    string Kind,
    string Name,
    string Slug,
    IReadOnlyList<ArticleSummary> Items,
    DanVan.Orchard.Display.Pager Pager)
{
    /// <summary>Tenant-relative URL of the listing's RSS feed, or null.</summary>
    public string? FeedUrl { get; init; }
}
