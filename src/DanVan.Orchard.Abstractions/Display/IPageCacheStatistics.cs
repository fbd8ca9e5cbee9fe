namespace DanVan.Orchard.Display;

/// <summary>What the page cache has done since the process started (figures for tests and diagnostics).</summary>
public interface IPageCacheStatistics
{
    /// <summary>Responses sent from a stored page (or from the page another request was rendering meanwhile).</summary>
    long Hits { get; }

    /// <summary>Pages stored (each a new or renewed entry).</summary>
    long Stores { get; }

    /// <summary>Requests for cacheable pages that bypassed the cache: their query had a key the page does not read, or a value it cannot.</summary>
    long Bypasses { get; }
}
