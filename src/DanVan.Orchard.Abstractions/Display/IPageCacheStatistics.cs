namespace DanVan.Orchard.Display;

/// <summary>What the page cache has done since the process started (figures for tests and diagnostics).</summary>
public interface IPageCacheStatistics
{
    /// <summary>Responses sent from a stored page (or from the page another request was rendering meanwhile).</summary>
    long Hits { get; }
}
