using System.Text.Json;

namespace DanVan.Orchard.Data;

/// <summary>How documents are written as JSON: Orchard's PascalCase property names, nothing indented.</summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        WriteIndented = false,
    };
}
