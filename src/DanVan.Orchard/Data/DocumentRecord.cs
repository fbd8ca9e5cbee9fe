namespace DanVan.Orchard.Data;

/// <summary>A named JSON document of a tenant (site settings, enabled features, content definitions).</summary>
public sealed class DocumentRecord
{
    public required string Id { get; set; }

    public required string Data { get; set; }

    public int Version { get; set; }
}
