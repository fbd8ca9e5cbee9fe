using System.Text;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Fields;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>
/// An item's words for a search index: what each of its parts' and fields' handlers gives, with what the words are
/// (title, lead, body…): the handler's <see cref="IContentPartHandler.IndexRole"/>, unless the definition's
/// <c>ContentIndexSettings</c> of the part or field says otherwise.
/// </summary>
public sealed class ContentIndexText(ContentDefinitionManager definitions, ContentElementRegistry registry)
{
    public const string SettingsName = "ContentIndexSettings";

    /// <summary>All the words, one part or field a line.</summary>
    public async Task<string> BuildAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var entry in await BuildEntriesAsync(item, cancellationToken))
        {
            text.AppendLine(entry.Text);
        }

        return text.ToString();
    }

    public async Task<IReadOnlyList<ContentIndexEntry>> BuildEntriesAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(item.ContentType);
        if (type is null)
        {
            return string.IsNullOrWhiteSpace(item.DisplayText) ? [] : [new ContentIndexEntry("DisplayText", ContentIndexRole.Title, item.DisplayText.Trim())];
        }

        var elements = await registry.GetAsync(cancellationToken);
        var entries = new List<ContentIndexEntry>();
        foreach (var typePart in type.PartsInOrder())
        {
            if (elements.PartHandler(typePart.PartName) is { } handler)
            {
                Add(entries, typePart.Name, typePart.Settings[SettingsName], handler.IndexRole, handler.IndexText(new ContentPartContext(item, type, typePart)));
            }
        }

        foreach (var (typePart, field) in definition.FieldsOf(type))
        {
            if (item.Field(typePart.Name, field.Name) is { } value && elements.FieldHandler(field.FieldName) is { } handler)
            {
                Add(entries, $"{typePart.Name}.{field.Name}", field.Settings[SettingsName], handler.IndexRole,
                    handler.IndexText(new ContentFieldContext(item, typePart, field, value)));
            }
        }

        return entries;
    }

    private static void Add(List<ContentIndexEntry> entries, string element, JsonNode? settings, ContentIndexRole role, string? words)
    {
        if (string.IsNullOrWhiteSpace(words) || settings?["Included"] is JsonValue included && included.TryGetValue<bool>(out var on) && !on)
        {
            return;
        }

        if (settings?["Role"] is JsonValue value && value.TryGetValue<string>(out var name) && Enum.TryParse<ContentIndexRole>(name, ignoreCase: true, out var chosen))
        {
            role = chosen;
        }

        entries.Add(new ContentIndexEntry(element, role, words.Trim()));
    }
}
