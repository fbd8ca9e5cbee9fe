namespace DanVan.Orchard.Contents.Parts;

/// <summary>Orchard's TitlePart as stored: <c>"TitlePart": { "Title": "…" }</c>.</summary>
public static class TitlePart
{
    public const string Name = "TitlePart";

    public const int MaxLength = 500;

    public static string? Title(ContentItem item) => item.Part(Name)?["Title"]?.GetValue<string>();

    /// <summary>The title, else the display text, else empty: what readers see as the item's name.</summary>
    public static string TitleOrDisplayText(ContentItem item) => Title(item) ?? item.DisplayText ?? string.Empty;
}
