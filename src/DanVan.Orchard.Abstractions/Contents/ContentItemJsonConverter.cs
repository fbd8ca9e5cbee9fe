using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DanVan.Orchard.Contents;

/// <summary>Reads and writes <see cref="ContentItem"/> with its parts as top-level properties, as Orchard Core does.</summary>
public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    private static readonly HashSet<string> FixedProperties = new(StringComparer.Ordinal)
    {
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published),
        nameof(ContentItem.Owner), nameof(ContentItem.Author), nameof(ContentItem.CreatedUtc),
        nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc), "Id",
    };

    public override ContentItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("A content item must be a JSON object.");
        return FromJson(node);
    }

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options) =>
        ToJson(value).WriteTo(writer, options);

    /// <summary>
    /// Builds an item from Orchard-shaped JSON, taking the parts out of <paramref name="json"/>; throws
    /// <see cref="ContentFormatException"/> naming the bad property.
    /// </summary>
    public static ContentItem FromJson(JsonObject json)
    {
        var item = new ContentItem
        {
            ContentItemId = String(json, nameof(ContentItem.ContentItemId)) ?? string.Empty,
            ContentItemVersionId = String(json, nameof(ContentItem.ContentItemVersionId)) ?? string.Empty,
            ContentType = String(json, nameof(ContentItem.ContentType)) ?? string.Empty,
            DisplayText = String(json, nameof(ContentItem.DisplayText)),
            Latest = Bool(json, nameof(ContentItem.Latest)),
            Published = Bool(json, nameof(ContentItem.Published)),
            Owner = String(json, nameof(ContentItem.Owner)),
            Author = String(json, nameof(ContentItem.Author)),
            CreatedUtc = Date(json, nameof(ContentItem.CreatedUtc)),
            ModifiedUtc = Date(json, nameof(ContentItem.ModifiedUtc)),
            PublishedUtc = Date(json, nameof(ContentItem.PublishedUtc)),
        };

        foreach (var (name, value) in json.ToList())
        {
            if (FixedProperties.Contains(name))
            {
                continue;
            }

            if (value is not JsonObject)
            {
                throw new ContentFormatException(name, "a part must be a JSON object");
            }

            // Moved, not cloned: the parts leave the source object, which the caller no longer needs.
            json.Remove(name);
            item.Content[name] = value;
        }

        return item;
    }

    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            [nameof(ContentItem.ContentItemId)] = item.ContentItemId,
            [nameof(ContentItem.ContentItemVersionId)] = item.ContentItemVersionId,
            [nameof(ContentItem.ContentType)] = item.ContentType,
            [nameof(ContentItem.DisplayText)] = item.DisplayText,
            [nameof(ContentItem.Latest)] = item.Latest,
            [nameof(ContentItem.Published)] = item.Published,
            [nameof(ContentItem.Owner)] = item.Owner,
            [nameof(ContentItem.Author)] = item.Author,
            [nameof(ContentItem.CreatedUtc)] = item.CreatedUtc,
            [nameof(ContentItem.ModifiedUtc)] = item.ModifiedUtc,
            [nameof(ContentItem.PublishedUtc)] = item.PublishedUtc,
        };

        foreach (var (name, value) in item.Content)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    private static string? String(JsonObject json, string name) => json[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new ContentFormatException(name, "expected a string"),
    };

    private static bool Bool(JsonObject json, string name) => json[name] switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw new ContentFormatException(name, "expected true or false"),
    };

    private static DateTime? Date(JsonObject json, string name)
    {
        var text = String(json, name);
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        throw new ContentFormatException(name, $"'{text}' is not an ISO 8601 date");
    }
}
