using System.Text.Json.Nodes;
using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Contents.Parts;

namespace DanVan.Contents.Services;

/// <summary>
/// Builds the generic display of an item from its parts, in the type's part order: TitlePart gives the heading,
/// HtmlBodyPart (or Orchard's MarkdownBodyPart, as plain paragraphs) the body, and the text, HTML and taxonomy fields of the parts a section each (other field kinds, like a
/// "show in menu" box, are not for readers).
/// </summary>
public sealed class ContentDisplayBuilder(ContentDefinitionManager definitions)
{
    public async Task<ContentDisplayViewModel> BuildAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var sections = new List<ContentDisplaySection>();
        if (definition.FindType(item.ContentType) is { } type)
        {
            foreach (var (typePart, field) in definition.FieldsOf(type))
            {
                var text = item.Field(typePart.Name, field.Name)?["Text"]?.GetValue<string>();
                var html = item.Field(typePart.Name, field.Name)?["Html"]?.GetValue<string>();
                var label = field.Settings["ContentPartFieldSettings"]?["DisplayName"]?.GetValue<string>() ?? field.Name;
                switch (field.FieldName)
                {
                    case "TextField" when !string.IsNullOrWhiteSpace(text):
                        sections.Add(new ContentDisplaySection(label, text.Trim(), null));
                        break;
                    case "HtmlField" when !string.IsNullOrWhiteSpace(html):
                        sections.Add(new ContentDisplaySection(label, null, html));
                        break;
                    case "TaxonomyField" when JsonShape.Strings(item.Field(typePart.Name, field.Name)?["TagNames"]).ToList() is { Count: > 0 } names:
                        sections.Add(new ContentDisplaySection(label, string.Join(", ", names), null));
                        break;
                }
            }
        }

        return new ContentDisplayViewModel(
            TitlePart.TitleOrDisplayText(item),
            AutoroutePart.Path(item) ?? string.Empty,
            HtmlBodyPart.Html(item),
            sections,
            item.ModifiedUtc ?? item.PublishedUtc)
        {
            BodyText = MarkdownParagraphs(item),
        };
    }

    /// <summary>
    /// Orchard's Markdown body, shown as its plain paragraphs (encoded, never as markup: there is no Markdown renderer
    /// here, and raw text is never trusted as HTML).
    /// </summary>
    private static IReadOnlyList<string> MarkdownParagraphs(ContentItem item) =>
        item.Content["MarkdownBodyPart"]?["Markdown"] is JsonValue value && value.TryGetValue<string>(out var markdown)
            ? markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList()
            : [];
}
