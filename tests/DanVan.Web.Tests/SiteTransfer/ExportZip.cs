using System.IO.Compression;
using System.Text.Json.Nodes;

namespace DanVan.Web.Tests.SiteTransfer;

/// <summary>Reads an export zip for the tests: its recipe and its files.</summary>
public sealed class ExportZip
{
    private ExportZip(byte[] bytes, JsonObject recipe, Dictionary<string, byte[]> files)
    {
        Bytes = bytes;
        Recipe = recipe;
        Files = files;
    }

    /// <summary>The zip as it was written.</summary>
    public byte[] Bytes { get; }

    public JsonObject Recipe { get; }

    /// <summary>Every entry but recipe.json, by name, with its bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public string RecipeText => Recipe.ToJsonString();

    public IEnumerable<JsonObject> Steps(string name) =>
        Recipe["steps"]!.AsArray().OfType<JsonObject>().Where(s => (string?)s["name"] == name);

    public static ExportZip Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        JsonObject? recipe = null;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (entry.FullName == "recipe.json")
            {
                recipe = (JsonObject)JsonNode.Parse(buffer.ToArray())!;
            }
            else
            {
                files[entry.FullName] = buffer.ToArray();
            }
        }

        return new ExportZip(zip, recipe ?? throw new InvalidOperationException("The zip has no recipe.json."), files);
    }

    /// <summary>
    /// The recipe without what must differ between two exports of equal sites: when it was made, and from which tenant
    /// (the root's <c>exportedUtc</c>, <c>exportedFrom</c>, and the display name and description that name them).
    /// Content ids, version ids, owners, user ids and content dates are kept by an import, so they are compared.
    /// </summary>
    public string Normalized()
    {
        var copy = (JsonObject)Recipe.DeepClone();
        foreach (var differs in new[] { "exportedUtc", "exportedFrom", "displayName", "description" })
        {
            copy.Remove(differs);
        }

        return copy.ToJsonString();
    }

    public static byte[] Build(IEnumerable<(string Name, byte[] Content)> entries, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
