using DanVan.Orchard.Display;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// The page cache's store, bounded in bytes (<see cref="PageCacheOptions.SizeLimitMB"/>, every stored coding of a
/// page counted), evicting the least recently used <em>tenant's</em> pages first: the tenants are kept in a list by
/// their last hit or store, each tenant's pages in their own list, and room is made by dropping the least recently used
/// page of the least recently used tenant until the new page fits.
/// <para>
/// Why per tenant and not one LRU of pages: a crawl over a thousand cold districts touches each of their pages once,
/// and in a single LRU it would outlive the busy district's less-read pages (an article read a few times an hour),
/// which the district's readers then pay for as misses. Ordering tenants keeps every page of a district that is being
/// read, as long as the cache can hold it; the crawl only cycles through the cold districts' share.
/// </para>
/// One tenant may take at most <see cref="PageCacheOptions.TenantSharePercent"/> of the store: a tenant crawled over
/// many distinct URLs would otherwise stay the most recently used and push every other tenant out.
/// Expired pages are dropped in order of expiry (a heap), a few at a time as pages are stored: no scan of the store.
/// A tenant's pages go together with <see cref="EvictByTagAsync"/> of its tag (a publish, the shell released or the
/// tenant disabled/removed). One lock: every operation is a few list moves, far below the cost of sending the page.
/// </summary>
public sealed class TenantPageStore : IOutputCacheStore
{
    /// <summary>
    /// What an entry is charged besides its bytes and its key: the entry and list-node objects, the dictionary slot and
    /// the tags array. An estimate on the high side, so many small pages cannot overrun the limit.
    /// </summary>
    public const int EntryOverhead = 256;

    private static readonly string TenantTagPrefix = TenantOutputCachePolicy.Tag(string.Empty);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredPage> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TenantPages> _tenants = new(StringComparer.Ordinal);
    private readonly LinkedList<TenantPages> _recentTenants = new();
    private readonly PriorityQueue<StoredPage, DateTimeOffset> _expiries = new();
    private readonly TimeProvider _clock;
    private long _size;
    private long _evictions;

    public TenantPageStore(IOptions<PageCacheOptions> options, TimeProvider clock)
    {
        SizeLimit = options.Value.SizeLimitMB * 1024L * 1024L;
        TenantSizeLimit = SizeLimit * options.Value.TenantSharePercent / 100;
        _clock = clock;
    }

    /// <summary>The most bytes the entries may be charged (<see cref="StoredPage.Size"/>).</summary>
    public long SizeLimit { get; }

    /// <summary>The most bytes one tenant's entries may be charged.</summary>
    public long TenantSizeLimit { get; }

    public long Size
    {
        get { lock (_gate) { return _size; } }
    }

    public int Count
    {
        get { lock (_gate) { return _pages.Count; } }
    }

    /// <summary>Tenants with at least one page stored.</summary>
    public int TenantCount
    {
        get { lock (_gate) { return _tenants.Count; } }
    }

    /// <summary>Pages stored now for the tenant <paramref name="tenantName"/>.</summary>
    public int CountOf(string tenantName)
    {
        lock (_gate)
        {
            return _tenants.TryGetValue(TenantOutputCachePolicy.Tag(tenantName), out var tenant) ? tenant.Pages.Count : 0;
        }
    }

    /// <summary>Pages dropped to make room (not those dropped by tag or expiry).</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_pages.TryGetValue(key, out var page))
            {
                return ValueTask.FromResult<byte[]?>(null);
            }

            if (page.Expires <= _clock.GetUtcNow())
            {
                Remove(page);
                return ValueTask.FromResult<byte[]?>(null);
            }

            Touch(page);
            return ValueTask.FromResult<byte[]?>(page.Value);
        }
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        tags ??= [];
        var now = _clock.GetUtcNow();
        var tenantTag = tags.FirstOrDefault(t => t.StartsWith(TenantTagPrefix, StringComparison.Ordinal)) ?? string.Empty;
        lock (_gate)
        {
            if (_pages.TryGetValue(key, out var old))
            {
                Remove(old);
            }

            SweepExpired(now);

            if (!_tenants.TryGetValue(tenantTag, out var tenant))
            {
                tenant = new TenantPages(tenantTag);
                _tenants.Add(tenantTag, tenant);
                _recentTenants.AddFirst(tenant.Node);
            }

            var page = new StoredPage(key, value, tags, now + validFor, tenant);
            if (page.Size > TenantSizeLimit)
            {
                // Larger than a tenant's share: storing it would only empty the tenant's pages for one that cannot stay.
                DropIfEmpty(tenant);
                return ValueTask.CompletedTask;
            }

            _pages.Add(key, page);
            tenant.Pages.AddFirst(page.Node);
            tenant.Size += page.Size;
            _size += page.Size;
            _expiries.Enqueue(page, page.Expires);
            Touch(page);
            MakeRoom(tenant);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tag);
        lock (_gate)
        {
            if (tag.StartsWith(TenantTagPrefix, StringComparison.Ordinal))
            {
                if (_tenants.TryGetValue(tag, out var tenant))
                {
                    while (tenant.Pages.First is { } first)
                    {
                        Remove(first.Value);
                    }
                }

                return ValueTask.CompletedTask;
            }

            // Other tags are rare (none is used today): a scan is enough.
            foreach (var page in _pages.Values.Where(p => p.Tags.Contains(tag, StringComparer.Ordinal)).ToList())
            {
                Remove(page);
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Touch(StoredPage page)
    {
        var tenant = page.Tenant;
        if (tenant.Pages.First != page.Node)
        {
            tenant.Pages.Remove(page.Node);
            tenant.Pages.AddFirst(page.Node);
        }

        if (_recentTenants.First != tenant.Node)
        {
            _recentTenants.Remove(tenant.Node);
            _recentTenants.AddFirst(tenant.Node);
        }
    }

    /// <summary>
    /// Drops the tenant's own least recently used pages while it is over its share, then the least recently used page
    /// of the least recently used tenant until the entries fit.
    /// </summary>
    private void MakeRoom(TenantPages tenant)
    {
        while (tenant.Size > TenantSizeLimit && tenant.Pages.Last is { } own)
        {
            Remove(own.Value);
            Interlocked.Increment(ref _evictions);
        }

        while (_size > SizeLimit && _recentTenants.Last is { } coldest && coldest.Value.Pages.Last is { } page)
        {
            Remove(page.Value);
            Interlocked.Increment(ref _evictions);
        }
    }

    private void SweepExpired(DateTimeOffset now)
    {
        while (_expiries.TryPeek(out var page, out var expires) && expires <= now)
        {
            _expiries.Dequeue();
            if (page.Node.List is not null)
            {
                Remove(page);
            }
        }

        // Pages removed before they expire (evicted, replaced, dropped by tag) stay in the heap, released, until their
        // time comes; rebuilt when they outnumber the live pages, so the heap stays within twice the store's count.
        if (_expiries.Count > (2 * _pages.Count) + 1024)
        {
            _expiries.Clear();
            foreach (var live in _pages.Values)
            {
                _expiries.Enqueue(live, live.Expires);
            }
        }
    }

    private void Remove(StoredPage page)
    {
        page.Release();
        _pages.Remove(page.Key);
        var tenant = page.Tenant;
        tenant.Pages.Remove(page.Node);
        tenant.Size -= page.Size;
        _size -= page.Size;
        DropIfEmpty(tenant);
    }

    private void DropIfEmpty(TenantPages tenant)
    {
        if (tenant.Pages.Count == 0 && _tenants.Remove(tenant.Tag))
        {
            _recentTenants.Remove(tenant.Node);
        }
    }
}
