using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DanVan.Orchard.Contents;

/// <summary>A content item version in Orchard's shape: fixed properties, then one JSON property per part.</summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = string.Empty;

    public string ContentItemVersionId { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The parts, by part name (<c>TitlePart</c>, <c>Article</c>, …).</summary>
    public JsonObject Content { get; set; } = new();

    public JsonObject? Part(string name) => Content[name] as JsonObject;

    /// <summary>A field's value object of the part named like the type or given, e.g. <c>Article.Summary</c>.</summary>
    public JsonObject? Field(string partName, string fieldName) => Part(partName)?[fieldName] as JsonObject;

    public string? Text(string partName, string fieldName) => Field(partName, fieldName)?["Text"]?.GetValue<string>();

    public string? Html(string partName, string fieldName) => Field(partName, fieldName)?["Html"]?.GetValue<string>();

    public static string NewId() => Guid.CreateVersion7().ToString("N");
}
