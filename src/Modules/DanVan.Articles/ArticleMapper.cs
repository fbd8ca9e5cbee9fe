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
        item.Text(ContentType, "Category"),
        item.Text(ContentType, "Byline"));

    public static ArticleViewModel ToViewModel(ContentItem item) => new(
        Title(item),
        item.Text(ContentType, "Summary"),
        item.Part("HtmlBodyPart")?["Html"]?.GetValue<string>() ?? string.Empty,
        item.Text(ContentType, "Byline"),
        item.Text(ContentType, "Category"),
        Strings(item.Field(ContentType, "Tags")?["TagNames"]),
        item.PublishedUtc,
        Strings(item.Field(ContentType, "FeaturedImage")?["Paths"]).FirstOrDefault() is { } path ? "~/media/" + path : null);

    private static string Title(ContentItem item) =>
        item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? item.DisplayText ?? string.Empty;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>().ToList() : [];
}
