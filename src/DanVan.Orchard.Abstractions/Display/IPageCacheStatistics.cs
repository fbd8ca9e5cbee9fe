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

    /// <summary>Bytes the stored pages take now (every coding of each page, with a per-entry overhead).</summary>
    long SizeBytes { get; }

    /// <summary>The most bytes the stored pages may take (<c>DanVan:OutputCache:SizeLimitMB</c>).</summary>
    long SizeLimitBytes { get; }

    /// <summary>Pages stored now.</summary>
    int Entries { get; }

    /// <summary>Pages stored now for the tenant named <paramref name="tenantName"/>.</summary>
    int EntriesOf(string tenantName);

    /// <summary>Tenants with at least one page stored now.</summary>
    int Tenants { get; }

    /// <summary>Pages dropped to make room for others since the process started (the least recently read tenant's first).</summary>
    long Evictions { get; }
}
