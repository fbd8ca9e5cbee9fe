using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>The portal's search reads only indexes ready to be read: it never builds one inside a reader's request.</summary>
public sealed class PortalSearchReadinessTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private static string Results(string html) => html[Math.Max(0, html.IndexOf("data-search-", StringComparison.Ordinal) - 100)..];

    private async Task<string> GetAsync(string url) => await site.CreateClient().GetStringAsync(url);

    [Fact]
    public async Task A_district_without_an_index_is_left_out_and_counted_then_found_once_the_worker_has_built_it()
    {
        var id = await SaveAsync(site, "HoaAn", Article("Hội nghị sansangtimkiem toàn huyện", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=sansangtimkiem"), h => HitIds(h).Contains(id) && !h.Contains("data-search-updating", StringComparison.Ordinal));

        site.Get<TenantRegistry>().Release("HoaAn");
        await site.Get<SearchIndexes>().CloseAsync("HoaAn");
        Directory.Delete(Path.Combine(site.AppData, "Sites", "HoaAn", "search"), recursive: true);

        // Left out of this request (not rebuilt in it), and said so; the worker builds it with its own token.
        var skipped = await GetAsync("/tim-kiem?q=sansangtimkiem");
        Assert.Empty(HitIds(skipped));
        Assert.True(skipped.Contains("data-search-updating=\"1\"", StringComparison.Ordinal), Results(skipped));
        Assert.Contains("huyện đang cập nhật chỉ mục", skipped);

        var found = await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=sansangtimkiem"), h => HitIds(h).Contains(id));
        Assert.Equal([id], HitIds(found));
        Assert.DoesNotContain("data-search-updating", found);
    }

    [Fact]
    public async Task A_district_index_held_by_another_process_is_left_out_of_the_portal_search()
    {
        var id = await SaveAsync(site, "TraLinh", Article("Mô hình giukhoatimkiem ở xã", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=giukhoatimkiem"), h => HitIds(h).Contains(id) && !h.Contains("data-search-updating", StringComparison.Ordinal));

        site.Get<TenantRegistry>().Release("TraLinh");
        await site.Get<SearchIndexes>().CloseAsync("TraLinh");
        using (TenantSearchIndex.AcquireProcessLock(Path.Combine(site.AppData, "Sites", "TraLinh", "search")))
        {
            var skipped = await GetAsync("/tim-kiem?q=giukhoatimkiem");
            Assert.Empty(HitIds(skipped));
            Assert.True(skipped.Contains("data-search-updating=\"1\"", StringComparison.Ordinal), Results(skipped));
        }

        Assert.Equal([id], HitIds(await GetAsync("/tim-kiem?q=giukhoatimkiem")));
    }
}
