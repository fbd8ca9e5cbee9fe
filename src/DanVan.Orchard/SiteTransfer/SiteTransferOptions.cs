namespace DanVan.Orchard.SiteTransfer;

/// <summary>The <c>DanVan:SiteTransfer</c> section: what an imported zip may hold (checked before anything is read whole).</summary>
public sealed class SiteTransferOptions
{
    public const string SectionName = "DanVan:SiteTransfer";

    /// <summary>Most entries in a zip; a district's photo library fits, 10,000 tiny files do not.</summary>
    public int MaxEntries { get; set; } = 5_000;

    /// <summary>Largest total once unpacked, in bytes (default 8 GB), counted as it is unpacked, not only as declared.</summary>
    public long MaxUncompressedBytes { get; set; } = 8L * 1024 * 1024 * 1024;

    /// <summary>Largest <c>recipe.json</c>, in bytes (default 512 MB): it is parsed in memory.</summary>
    public long MaxRecipeBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Highest unpacked-to-packed ratio of an entry over 1 MB (a zip bomb compresses zeros thousands of times).</summary>
    public int MaxCompressionRatio { get; set; } = 100;
}
