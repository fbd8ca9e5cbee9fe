using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Text;

namespace DanVan.Orchard.Contents;

/// <summary>
/// Makes an item fit to store: known type, text in NFC without the characters XML cannot carry (<see cref="SafeText"/>:
/// one control character in a title would break the RSS feed), then each field value and each part through the handler
/// its field type or part registers (shape, sanitized HTML, a unique path…). Throws <see cref="ContentFormatException"/>
/// naming the value, before anything is written. Parts and field types no enabled module handles are stored as they are.
/// </summary>
public sealed class ContentNormalizer(ContentDefinitionManager definitions, ContentElementRegistry registry)
{
    public async Task<ContentTypeDefinition> NormalizeAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(item.ContentType)
            ?? throw new ContentFormatException(nameof(ContentItem.ContentType), $"unknown content type '{item.ContentType}'");

        NormalizeStrings(item.Content);
        item.DisplayText = SafeText.NormalizeOrNull(item.DisplayText);
        item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? ContentItem.NewId() : item.ContentItemId;
        item.ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? ContentItem.NewId() : item.ContentItemVersionId;

        var elements = await registry.GetAsync(cancellationToken);
        foreach (var (typePart, field) in definition.FieldsOf(type))
        {
            switch (item.Part(typePart.Name)?[field.Name])
            {
                case null:
                    continue;
                case JsonObject value:
                    if (elements.FieldHandler(field.FieldName) is { } handler)
                    {
                        await handler.NormalizeAsync(new ContentFieldContext(item, typePart, field, value), cancellationToken);
                    }

                    continue;
                default:
                    throw new ContentFormatException($"{typePart.Name}.{field.Name}", "a field value must be a JSON object");
            }
        }

        var parts = type.PartsInOrder()
            .Select(typePart => (typePart, Handler: elements.PartHandler(typePart.PartName)))
            .Where(p => p.Handler is not null)
            .OrderBy(p => p.Handler!.Order);
        foreach (var (typePart, handler) in parts)
        {
            await handler!.NormalizeAsync(new ContentPartContext(item, type, typePart), cancellationToken);
        }

        return type;
    }

    private static void NormalizeStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (Normalized(value) is { } text)
                    {
                        obj[name] = text;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Normalized(array[i]) is { } text)
                    {
                        array[i] = text;
                    }
                }

                break;
        }
    }

    /// <summary>The string normalized, or null after normalizing the strings inside an object or array.</summary>
    private static string? Normalized(JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var s))
        {
            return SafeText.Normalize(s);
        }

        NormalizeStrings(value);
        return null;
    }
}
