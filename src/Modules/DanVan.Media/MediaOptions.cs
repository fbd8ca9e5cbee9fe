namespace DanVan.Media;

/// <summary>The <c>DanVan:Media</c> section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "DanVan:Media";

    /// <summary>Largest upload in bytes (default 20 MB); larger requests are refused before they are read whole.</summary>
    public long MaxFileSize { get; set; } = 20 * 1024 * 1024;

    /// <summary>The only widths a resized image may be asked for (<c>?width=</c>).</summary>
    public int[] AllowedWidths { get; set; } = [160, 320, 640, 1024, 1600];

    /// <summary>
    /// Largest image side in pixels. A small file can claim a huge image (a "decompression bomb": 700 KB of PNG that
    /// decodes to 1 GB); uploads over the limits are refused from their header, and stored ones are never decoded.
    /// </summary>
    public int MaxImageSide { get; set; } = 12_000;

    /// <summary>Largest image area in pixels (width × height, default 40 megapixels: 160 MB once decoded).</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>How many resized variants may be made at once in the process (each holds a decoded image in memory).</summary>
    public int MaxConcurrentResizes { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}
