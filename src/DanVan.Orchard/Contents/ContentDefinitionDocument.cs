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
}

public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public JsonObject Settings { get; set; } = new();

    public List<ContentTypePartDefinition> ContentTypePartDefinitionRecords { get; set; } = [];

    public ContentTypePartDefinition? FindPart(string partName) =>
        ContentTypePartDefinitionRecords.Find(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));
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
}

public sealed class ContentPartFieldDefinition
{
    public string FieldName { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public JsonObject Settings { get; set; } = new();
}
