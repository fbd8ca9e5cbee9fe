namespace DanVan.Articles.ViewModels;

/// <summary>An article in a list; <see cref="Url"/> is tenant-relative (<c>tin-tuc/…</c>).</summary>
public sealed record ArticleSummary(
    string Title,
    string Url,
    string? Summary,
    DateTime? PublishedUtc,
    string? Category,
    string? Byline,
    IReadOnlyList<string> Tags,
    string? FeaturedImage);
