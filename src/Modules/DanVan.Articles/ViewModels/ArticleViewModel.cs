namespace DanVan.Articles.ViewModels;

public sealed record ArticleViewModel(
    string Title,
    string? Summary,
    string BodyHtml,
    string? Byline,
    string? Category,
    IReadOnlyList<string> Tags,
    DateTime? PublishedUtc,
    string? FeaturedImage);
