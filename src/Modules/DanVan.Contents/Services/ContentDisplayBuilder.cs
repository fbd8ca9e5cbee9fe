using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;

namespace DanVan.Contents.Services;

/// <summary>
/// Builds the generic display of an item from its parts, in the type's part order: TitlePart gives the heading,
/// HtmlBodyPart the body, and the text and HTML fields of the parts a section each (other field kinds, like a
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
                }
            }
        }

        return new ContentDisplayViewModel(
            TitlePart.TitleOrDisplayText(item),
            AutoroutePart.Path(item) ?? string.Empty,
            HtmlBodyPart.Html(item),
            sections,
            item.ModifiedUtc ?? item.PublishedUtc);
    }
}
