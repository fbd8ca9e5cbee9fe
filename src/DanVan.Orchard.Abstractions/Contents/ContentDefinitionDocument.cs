using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents;

/// <summary>A tenant's content types and parts, in the shape of Orchard Core's ContentDefinition recipe step.</summary>
public sealed class ContentDefinitionDocument
{
    public const string DocumentId = "ContentDefinition";

    public List<ContentTypeDefinition> ContentTypes { get; set; } = [];

    public List<ContentPartDefinition> ContentParts { get; set; } = [];

    public ContentTypeDefinition? FindType(string name) =>
        ContentTypes.Find(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public ContentPartDefinition? FindPart(string name) =>
        ContentParts.Find(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>The fields of the type's parts, in part order then field order.</summary>
    public IEnumerable<(ContentTypePartDefinition TypePart, ContentPartFieldDefinition Field)> FieldsOf(ContentTypeDefinition type) =>
        type.PartsInOrder().SelectMany(p => (FindPart(p.PartName)?.FieldsInOrder() ?? []).Select(f => (p, f)));

    /// <summary>The <c>Position</c> of a part's or field's settings (a string in Orchard's recipes); 0 when absent.</summary>
    internal static int Position(JsonNode? settings) =>
        int.TryParse(settings?["Position"]?.ToString(), out var position) ? position : 0;
}

public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public JsonObject Settings { get; set; } = new();

    public List<ContentTypePartDefinition> ContentTypePartDefinitionRecords { get; set; } = [];

    public ContentTypePartDefinition? FindPart(string partName) =>
        ContentTypePartDefinitionRecords.Find(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));

    /// <summary>The parts by their <c>ContentTypePartSettings.Position</c>: the order of the edit form.</summary>
    public IEnumerable<ContentTypePartDefinition> PartsInOrder() =>
        ContentTypePartDefinitionRecords.OrderBy(p => ContentDefinitionDocument.Position(p.Settings["ContentTypePartSettings"]));
}

public sealed class ContentTypePartDefinition
{
    public string PartName { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public JsonObject Settings { get; set; } = new();
}

public sealed class ContentPartDefinition
{
    public string Name { get; set; } = string.Empty;

    public JsonObject Settings { get; set; } = new();

    public List<ContentPartFieldDefinition> ContentPartFieldDefinitionRecords { get; set; } = [];

    public IEnumerable<ContentPartFieldDefinition> FieldsInOrder() =>
        ContentPartFieldDefinitionRecords.OrderBy(f => ContentDefinitionDocument.Position(f.Settings["ContentPartFieldSettings"]));
}

public sealed class ContentPartFieldDefinition
{
    public string FieldName { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public JsonObject Settings { get; set; } = new();
}
