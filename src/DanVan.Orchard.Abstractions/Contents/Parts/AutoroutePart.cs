namespace DanVan.Orchard.Contents.Parts;

/// <summary>Orchard's AutoroutePart as stored: <c>"AutoroutePart": { "Path": "tin-tuc/…" }</c> (no leading slash).</summary>
public static class AutoroutePart
{
    public const string Name = "AutoroutePart";

    public static string? Path(ContentItem item) => item.Part(Name)?["Path"]?.GetValue<string>();
}
