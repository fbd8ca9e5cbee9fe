using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents.Fields;

/// <summary>One field value of an item, as its handler sees it.</summary>
public sealed class ContentFieldContext(ContentItem item, ContentTypePartDefinition typePart, ContentPartFieldDefinition field, JsonObject value)
{
    public ContentItem Item { get; } = item;

    public ContentTypePartDefinition TypePart { get; } = typePart;

    public ContentPartFieldDefinition Field { get; } = field;

    /// <summary>The value object, e.g. <c>{ "Text": "…" }</c>; handlers may change it in place.</summary>
    public JsonObject Value { get; } = value;

    /// <summary>Where the value is in the item: <c>Part.Field</c>.</summary>
    public string Path => $"{TypePart.Name}.{Field.Name}";

    /// <summary>A setting of the field definition, e.g. <c>Settings("ContentPickerFieldSettings")</c>.</summary>
    public JsonNode? Settings(string name) => Field.Settings[name];

    public ContentFormatException Error(string reason) => new(Path, reason);
}
