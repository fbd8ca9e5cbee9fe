namespace DanVan.Orchard.PageCache;

/// <summary>The <c>DanVan:OutputCache</c> configuration section: how cached public pages are sent.</summary>
public sealed class PageCacheOptions
{
    public const string SectionName = "DanVan:OutputCache";

    /// <summary>
    /// False renders every public page afresh (nothing stored, nothing read, no ETag): to measure the render path
    /// alone (bench/render.sh) or to tell whether a problem is the cache's. A production site keeps it on.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The most memory the cached pages may take, in MiB, counting every stored coding (identity, gzip, brotli) and a
    /// per-entry overhead. When full, the least recently read tenant's pages go first (<see cref="TenantPageStore"/>).
    /// 13 pages of a district take ~0.2 MiB with their compressed copies (bench/districts.sh: 189 MiB for 1,000 districts).
    /// </summary>
    public int SizeLimitMB { get; set; } = 512;

    /// <summary>
    /// The most of <see cref="SizeLimitMB"/> one tenant's pages may take, in percent. Without it a tenant crawled over
    /// many distinct URLs stays the most recently used and pushes every other tenant's pages out; with it the crawled
    /// tenant drops its own least read pages first.
    /// </summary>
    public int TenantSharePercent { get; set; } = 25;

    /// <summary>
    /// The Cache-Control of a cached public page, for browsers and shared caches (a CDN, a proxy). A reader sees a
    /// publish at most max-age (plus stale-while-revalidate, while the cache refreshes) late; the ETag makes each
    /// revalidation a 304 without a body.
    /// </summary>
    public string PublicCacheControl { get; set; } = "public, max-age=60, stale-while-revalidate=300";

    /// <summary>
    /// Brotli quality (0–11) of the compressed copy stored with a page when it is cached. Each page is compressed once,
    /// on the request that renders it: 5 makes an article within a few percent of 11's size at a small fraction of its
    /// time (bench/compression.sh measures 4, 5 and 11).
    /// </summary>
    public int BrotliQuality { get; set; } = 5;

    /// <summary>Pages smaller than this many bytes are stored and sent uncompressed (robots.txt): nothing to gain.</summary>
    public int MinimumCompressedSize { get; set; } = 512;

    /// <summary>
    /// Query keys no page reads that share the page's cache entry (campaign and click tags added by newsletters and
    /// social networks): a name, or a prefix ending in <c>*</c>. Any other key a page does not read makes the request
    /// bypass the cache (rendered, not stored). Keys configured are added to these.
    /// </summary>
    public IList<string> SharedQueryKeys { get; } = ["utm_*", "fbclid", "gclid", "zarsrc"];
}
