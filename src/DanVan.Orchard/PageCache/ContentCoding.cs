namespace DanVan.Orchard.PageCache;

/// <summary>The content codings a cached page is stored in, best (smallest) last.</summary>
public enum ContentCoding
{
    Identity = 0,
    Gzip = 1,
    Brotli = 2,
}
