using DanVan.Orchard.Display;
using DanVan.Orchard.PageCache;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.PageCache;

/// <summary>The page cache's store: bounded in bytes, the least recently used tenant's pages evicted first.</summary>
public sealed class TenantPageStoreTests
{
    private const int PageBytes = 8 * 1024;
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private readonly ManualClock _clock = new();

    private TenantPageStore Create(int megabytes = 1, int tenantShare = 100) =>
        new(Options.Create(new PageCacheOptions { SizeLimitMB = megabytes, TenantSharePercent = tenantShare }), _clock);

    private static string Key(string tenant, int page) => $"{tenant}/page-{page}";

    private static ValueTask SetAsync(TenantPageStore store, string tenant, int page, int bytes = PageBytes) =>
        store.SetAsync(Key(tenant, page), new byte[bytes], [TenantOutputCachePolicy.Tag(tenant)], TenMinutes, default);

    [Fact]
    public async Task A_crawl_over_a_thousand_tenants_never_takes_the_store_over_its_limit()
    {
        var store = Create();
        var largest = 0L;
        for (var tenant = 0; tenant < 1000; tenant++)
        {
            for (var page = 0; page < 13; page++)
            {
                await SetAsync(store, $"District{tenant}", page);
                largest = Math.Max(largest, store.Size);
            }
        }

        Assert.InRange(largest, 1, store.SizeLimit);
        Assert.True(store.Size > store.SizeLimit - (2 * PageBytes), $"the store keeps filling what it may: {store.Size} of {store.SizeLimit}");
        Assert.True(store.Evictions > 12_000, $"evictions: {store.Evictions}");
    }

    [Fact]
    public async Task Every_page_of_a_busy_tenant_survives_a_crawl_of_cold_tenants_even_those_it_rarely_reads()
    {
        var store = Create();
        for (var page = 0; page < 13; page++)
        {
            await SetAsync(store, "Busy", page);
        }

        // The crawl stores 1,000 × 13 pages, ten times what the store holds. Meanwhile the busy district's readers
        // only ask for its home page: in one LRU of pages its 12 other pages would be the oldest and go first.
        for (var tenant = 0; tenant < 1000; tenant++)
        {
            for (var page = 0; page < 13; page++)
            {
                await SetAsync(store, $"Cold{tenant}", page);
            }

            Assert.NotNull(await store.GetAsync(Key("Busy", 0), default));
        }

        for (var page = 0; page < 13; page++)
        {
            Assert.NotNull(await store.GetAsync(Key("Busy", page), default));
        }

        Assert.Null(await store.GetAsync(Key("Cold0", 0), default));
        Assert.NotNull(await store.GetAsync(Key("Cold999", 12), default));
    }

    [Fact]
    public async Task The_least_recently_used_tenant_loses_its_pages_first_its_least_read_page_first()
    {
        var store = Create();
        var perPage = PageBytes + (2 * Key("A", 0).Length) + TenantPageStore.EntryOverhead;
        var fit = (int)(store.SizeLimit / perPage);
        var half = fit / 2;
        for (var page = 0; page < half; page++)
        {
            await SetAsync(store, "A", page);
        }

        for (var page = 0; page < fit - half; page++)
        {
            await SetAsync(store, "B", page);
        }

        // A is read again (its page 1 only): B is now the least recently used tenant, its page 0 its oldest page.
        Assert.NotNull(await store.GetAsync(Key("A", 1), default));
        Assert.Equal(0, store.Evictions);

        await SetAsync(store, "C", 0);

        Assert.Equal(1, store.Evictions);
        Assert.Null(await store.GetAsync(Key("B", 0), default));
        Assert.NotNull(await store.GetAsync(Key("B", 1), default));
        Assert.NotNull(await store.GetAsync(Key("A", 0), default));
        Assert.NotNull(await store.GetAsync(Key("C", 0), default));
    }

    [Fact]
    public async Task A_tenant_larger_than_the_store_keeps_its_most_recently_used_pages()
    {
        var store = Create();
        for (var page = 0; page < 500; page++)
        {
            await SetAsync(store, "Big", page);
        }

        Assert.InRange(store.Size, 1, store.SizeLimit);
        Assert.Null(await store.GetAsync(Key("Big", 0), default));
        Assert.NotNull(await store.GetAsync(Key("Big", 499), default));
    }

    [Fact]
    public async Task Evicting_a_tenant_tag_drops_all_its_pages_and_their_bytes()
    {
        var store = Create();
        await SetAsync(store, "A", 0);
        await SetAsync(store, "A", 1);
        await SetAsync(store, "B", 0);
        var sizeOfB = store.Size / 3;

        await store.EvictByTagAsync(TenantOutputCachePolicy.Tag("A"), default);

        Assert.Null(await store.GetAsync(Key("A", 0), default));
        Assert.Null(await store.GetAsync(Key("A", 1), default));
        Assert.NotNull(await store.GetAsync(Key("B", 0), default));
        Assert.Equal(1, store.Count);
        Assert.Equal(1, store.TenantCount);
        Assert.Equal(sizeOfB, store.Size);
        Assert.Equal(0, store.Evictions);
    }

    [Fact]
    public async Task Storing_a_key_again_replaces_its_bytes_without_counting_them_twice()
    {
        var store = Create();
        await SetAsync(store, "A", 0);
        var once = store.Size;

        await SetAsync(store, "A", 0, PageBytes * 2);

        Assert.Equal(once + PageBytes, store.Size);
        Assert.Equal(PageBytes * 2, (await store.GetAsync(Key("A", 0), default))!.Length);
    }

    [Fact]
    public async Task A_page_larger_than_the_whole_store_is_not_kept_and_evicts_nothing()
    {
        var store = Create();
        await SetAsync(store, "A", 0);

        await SetAsync(store, "B", 0, 2 * 1024 * 1024);

        Assert.Null(await store.GetAsync(Key("B", 0), default));
        Assert.NotNull(await store.GetAsync(Key("A", 0), default));
        Assert.Equal(1, store.TenantCount);
    }

    [Fact]
    public async Task An_expired_page_is_not_served_and_expired_pages_are_swept_when_pages_are_stored()
    {
        var store = Create();
        await SetAsync(store, "A", 0);
        await SetAsync(store, "A", 1);
        _clock.Advance(TenMinutes);

        Assert.Null(await store.GetAsync(Key("A", 0), default));
        Assert.Equal(1, store.Count);

        await SetAsync(store, "B", 0);

        Assert.Equal(1, store.Count);
        Assert.Equal(1, store.TenantCount);
    }

    [Fact]
    public async Task A_tenant_crawled_over_many_urls_drops_its_own_pages_and_leaves_the_others_theirs()
    {
        var store = Create(tenantShare: 25);
        for (var tenant = 0; tenant < 4; tenant++)
        {
            for (var page = 0; page < 13; page++)
            {
                await SetAsync(store, $"Quiet{tenant}", page);
            }
        }

        // A bot walks one district's pager and search pages: every URL new, the district always the most recent.
        for (var page = 0; page < 500; page++)
        {
            await SetAsync(store, "Crawled", page);
        }

        for (var tenant = 0; tenant < 4; tenant++)
        {
            for (var page = 0; page < 13; page++)
            {
                Assert.NotNull(await store.GetAsync(Key($"Quiet{tenant}", page), default));
            }
        }

        Assert.InRange(store.CountOf("Crawled") * (long)PageBytes, 1, store.TenantSizeLimit);
        Assert.NotNull(await store.GetAsync(Key("Crawled", 499), default));
        Assert.Null(await store.GetAsync(Key("Crawled", 0), default));
    }

    [Fact]
    public async Task A_page_stored_again_with_a_later_expiry_outlives_its_first_expiry()
    {
        var store = Create();
        await store.SetAsync(Key("A", 0), new byte[PageBytes], [TenantOutputCachePolicy.Tag("A")], TenMinutes, default);
        await store.SetAsync(Key("A", 0), new byte[PageBytes], [TenantOutputCachePolicy.Tag("A")], TenMinutes * 3, default);
        await store.SetAsync(Key("A", 1), new byte[PageBytes], [TenantOutputCachePolicy.Tag("A")], TenMinutes, default);
        _clock.Advance(TenMinutes * 2);

        await SetAsync(store, "B", 0);

        Assert.Equal(2, store.Count);
        Assert.NotNull(await store.GetAsync(Key("A", 0), default));
        Assert.Null(await store.GetAsync(Key("A", 1), default));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
