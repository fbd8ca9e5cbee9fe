namespace DanVan.Orchard.Contents;

/// <summary>The <c>DanVan:Content</c> configuration section: limits on what editors may store.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "DanVan:Content";

    /// <summary>
    /// The deepest nesting of HTML elements accepted in an HTML body or field. Sanitizing costs grow with the square of
    /// the depth (100,000 nested &lt;div&gt; took a minute of CPU); real articles stay under 20.
    /// </summary>
    public int MaxHtmlDepth { get; set; } = 100;

    /// <summary>The largest HTML body or field accepted, in UTF-8 bytes (photos are links, not inline data).</summary>
    public int MaxHtmlBytes { get; set; } = 512 * 1024;
}
