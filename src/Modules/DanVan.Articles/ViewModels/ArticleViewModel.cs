namespace DanVan.Articles.ViewModels;

public sealed record ArticleViewModel(
    string Title,
    string? Summary,
    string BodyHtml,
    string? Byline,
    string? Category,
    IReadOnlyList<string> Tags,
    DateTime? PublishedUtc,
    string? FeaturedImage)
{
    /// <summary>Tenant-relative path of the article (<c>tin-tuc/…</c>).</summary>
    public string Url { get; init; } = string.Empty;

    public string? CategorySlug => Category is null ? null : DanVan.Orchard.Text.Slugifier.Slugify(Category);

    public DateTime? ModifiedUtc { get; init; }

    public IReadOnlyList<ArticleSummary> Related { get; init; } = [];
}
