using System.Text;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>An item's words for a search index: what each of its parts' and fields' handlers gives, one line each.</summary>
public sealed class ContentIndexText(ContentDefinitionManager definitions, ContentElementRegistry registry)
{
    public async Task<string> BuildAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(item.ContentType);
        if (type is null)
        {
            return item.DisplayText ?? string.Empty;
        }

        var elements = await registry.GetAsync(cancellationToken);
        var text = new StringBuilder();
        foreach (var typePart in type.PartsInOrder())
        {
            Append(text, elements.PartHandler(typePart.PartName)?.IndexText(new ContentPartContext(item, type, typePart)));
        }

        foreach (var (typePart, field) in definition.FieldsOf(type))
        {
            if (item.Field(typePart.Name, field.Name) is { } value)
            {
                Append(text, elements.FieldHandler(field.FieldName)?.IndexText(new ContentFieldContext(item, typePart, field, value)));
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string? words)
    {
        if (!string.IsNullOrWhiteSpace(words))
        {
            text.AppendLine(words.Trim());
        }
    }
}
