using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>One part of an item, as its handler sees it: the item, the type and the part's place in it.</summary>
public sealed class ContentPartContext(ContentItem item, ContentTypeDefinition type, ContentTypePartDefinition typePart)
{
    public ContentItem Item { get; } = item;

    public ContentTypeDefinition Type { get; } = type;

    public ContentTypePartDefinition TypePart { get; } = typePart;

    /// <summary>The part's property name in the item (usually the part name).</summary>
    public string Name => TypePart.Name;

    /// <summary>The stored part, or null when the item has none.</summary>
    public JsonObject? Part => Item.Part(Name);

    /// <summary>The part, added empty when the item has none.</summary>
    public JsonObject GetOrCreatePart()
    {
        var part = Part ?? new JsonObject();
        Item.Content[Name] = part;
        return part;
    }

    /// <summary>The error to throw for a bad value of <paramref name="property"/> (named <c>Part.Property</c>).</summary>
    public ContentFormatException Error(string property, string reason) => new($"{Name}.{property}", reason);
}
