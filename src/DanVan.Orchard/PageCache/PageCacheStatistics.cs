using DanVan.Orchard.Display;

namespace DanVan.Orchard.PageCache;

public sealed class PageCacheStatistics(TenantPageStore store) : IPageCacheStatistics
{
    private long _hits;
    private long _stores;
    private long _bypasses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Stores => Interlocked.Read(ref _stores);

    public long Bypasses => Interlocked.Read(ref _bypasses);

    public long SizeBytes => store.Size;

    public long SizeLimitBytes => store.SizeLimit;

    public int Entries => store.Count;

    public int Tenants => store.TenantCount;

    public long Evictions => store.Evictions;

    public int EntriesOf(string tenantName) => store.CountOf(tenantName);

    public void Hit() => Interlocked.Increment(ref _hits);

    public void Store() => Interlocked.Increment(ref _stores);

    public void Bypass() => Interlocked.Increment(ref _bypasses);
}
