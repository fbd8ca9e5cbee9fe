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
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredPage> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TenantPages> _tenants = new(StringComparer.Ordinal);
    private readonly LinkedList<TenantPages> _recentTenants = new();
    private readonly TimeProvider _clock;
    private DateTimeOffset _lastSweep;
    private long _size;
    private long _evictions;

    public TenantPageStore(IOptions<PageCacheOptions> options, TimeProvider clock)
    {
        SizeLimit = options.Value.SizeLimitMB * 1024L * 1024L;
        _clock = clock;
        _lastSweep = clock.GetUtcNow();
    }

    /// <summary>The most bytes the entries may be charged (<see cref="StoredPage.Size"/>).</summary>
    public long SizeLimit { get; }

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

            if (now - _lastSweep > SweepEvery)
            {
                SweepExpired(now);
            }

            if (!_tenants.TryGetValue(tenantTag, out var tenant))
            {
                tenant = new TenantPages(tenantTag);
                _tenants.Add(tenantTag, tenant);
                _recentTenants.AddFirst(tenant.Node);
            }

            var page = new StoredPage(key, value, tags, now + validFor, tenant);
            if (page.Size > SizeLimit)
            {
                // Larger than the whole cache: storing it would only empty the cache for a page that cannot stay.
                DropIfEmpty(tenant);
                return ValueTask.CompletedTask;
            }

            _pages.Add(key, page);
            tenant.Pages.AddFirst(page.Node);
            tenant.Size += page.Size;
            _size += page.Size;
            Touch(page);
            MakeRoom();
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

    /// <summary>Drops the least recently used page of the least recently used tenant until the entries fit.</summary>
    private void MakeRoom()
    {
        while (_size > SizeLimit && _recentTenants.Last is { } coldest && coldest.Value.Pages.Last is { } page)
        {
            Remove(page.Value);
            Interlocked.Increment(ref _evictions);
        }
    }

    private void SweepExpired(DateTimeOffset now)
    {
        _lastSweep = now;
        foreach (var page in _pages.Values.Where(p => p.Expires <= now).ToList())
        {
            Remove(page);
        }
    }

    private void Remove(StoredPage page)
    {
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
