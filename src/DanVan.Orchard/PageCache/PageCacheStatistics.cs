using DanVan.Orchard.Display;

namespace DanVan.Orchard.PageCache;

public sealed class PageCacheStatistics : IPageCacheStatistics
{
    private long _hits;
    private long _stores;
    private long _bypasses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Stores => Interlocked.Read(ref _stores);

    public long Bypasses => Interlocked.Read(ref _bypasses);

    public void Hit() => Interlocked.Increment(ref _hits);

    public void Store() => Interlocked.Increment(ref _stores);

    public void Bypass() => Interlocked.Increment(ref _bypasses);
}
