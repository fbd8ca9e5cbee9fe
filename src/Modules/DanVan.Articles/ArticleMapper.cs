using System.Text.Json.Nodes;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;

namespace DanVan.Articles;

/// <summary>Reads an Article content item (TitlePart, AutoroutePart, HtmlBodyPart and the Article part's fields) into view models.</summary>
public static class ArticleMapper
{
    public const string ContentType = "Article";

    public static ArticleSummary ToSummary(ContentItem item) => new(
        Title(item),
        AutoroutePart.Path(item) ?? string.Empty,
        item.Text(ContentType, "Summary"),
        item.PublishedUtc,
        Blank(item.Text(ContentType, "Category")),
        Blank(item.Text(ContentType, "Byline")),
        Strings(item.Field(ContentType, "Tags")?["TagNames"]),
        FeaturedImage(item));

    public static ArticleViewModel ToViewModel(ContentItem item) => new(
        Title(item),
        item.Text(ContentType, "Summary"),
        HtmlBodyPart.Html(item) ?? string.Empty,
        Blank(item.Text(ContentType, "Byline")),
        Blank(item.Text(ContentType, "Category")),
        Strings(item.Field(ContentType, "Tags")?["TagNames"]),
        item.PublishedUtc,
        FeaturedImage(item))
    {
        Url = AutoroutePart.Path(item) ?? string.Empty,
        ModifiedUtc = item.ModifiedUtc,
    };

    private static string? FeaturedImage(ContentItem item) =>
        Strings(item.Field(ContentType, "FeaturedImage")?["Paths"]).FirstOrDefault() is { } path ? "~/media/" + path.TrimStart('/') : null;

    private static string Title(ContentItem item) => TitlePart.TitleOrDisplayText(item);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>().Where(s => s.Length > 0).ToList() : [];
}
