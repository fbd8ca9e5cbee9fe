using DanVan.Orchard.Display;

namespace DanVan.Orchard.PageCache;

public sealed class PageCacheStatistics : IPageCacheStatistics
{
    private long _hits;

    public long Hits => Interlocked.Read(ref _hits);

    public void Hit() => Interlocked.Increment(ref _hits);
}
