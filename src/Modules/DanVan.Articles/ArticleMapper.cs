using System.Text.Json.Nodes;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Contents;

namespace DanVan.Articles;

/// <summary>Reads an Article content item (TitlePart, AutoroutePart, HtmlBodyPart and the Article part's fields) into view models.</summary>
public static class ArticleMapper
{
    public const string ContentType = "Article";

    public static ArticleSummary ToSummary(ContentItem item) => new(
        Title(item),
        item.Part("AutoroutePart")?["Path"]?.GetValue<string>() ?? string.Empty,
        item.Text(ContentType, "Summary"),
        item.PublishedUtc,
        Blank(item.Text(ContentType, "Category")),
        Blank(item.Text(ContentType, "Byline")),
        Strings(item.Field(ContentType, "Tags")?["TagNames"]),
        FeaturedImage(item));

    public static ArticleViewModel ToViewModel(ContentItem item) => new(
        Title(item),
        item.Text(ContentType, "Summary"),
        item.Part("HtmlBodyPart")?["Html"]?.GetValue<string>() ?? string.Empty,
        Blank(item.Text(ContentType, "Byline")),
        Blank(item.Text(ContentType, "Category")),
        Strings(item.Field(ContentType, "Tags")?["TagNames"]),
        item.PublishedUtc,
        FeaturedImage(item))
    {
        Url = item.Part("AutoroutePart")?["Path"]?.GetValue<string>() ?? string.Empty,
        ModifiedUtc = item.ModifiedUtc,
    };

    private static string? FeaturedImage(ContentItem item) =>
        Strings(item.Field(ContentType, "FeaturedImage")?["Paths"]).FirstOrDefault() is { } path ? "~/media/" + path.TrimStart('/') : null;

    private static string Title(ContentItem item) =>
        item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? item.DisplayText ?? string.Empty;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>().Where(s => s.Length > 0).ToList() : [];
}
