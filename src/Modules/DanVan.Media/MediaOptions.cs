namespace DanVan.Media;

/// <summary>The <c>DanVan:Media</c> section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "DanVan:Media";

    /// <summary>Largest upload in bytes (default 20 MB); larger requests are refused before they are read whole.</summary>
    public long MaxFileSize { get; set; } = 20 * 1024 * 1024;

    /// <summary>The only widths a resized image may be asked for (<c>?width=</c>).</summary>
    public int[] AllowedWidths { get; set; } = [160, 320, 640, 1024, 1600];
}
