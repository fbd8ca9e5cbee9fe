using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// A district's search reads its index as it is: it never builds nor catches it up inside a reader's request (an
/// aborted request would roll a rebuild back, and readers alongside would find the index closed).
/// </summary>
public sealed class DistrictSearchReadinessTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private async Task<string> GetAsync(string url) => await site.CreateClient().GetStringAsync(url);

    [Fact]
    public async Task A_district_without_an_index_answers_being_updated_at_once_and_the_worker_builds_it()
    {
        var id = await SaveAsync(site, "HoaAn", Article("Hội nghị chuacochimuc toàn huyện", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => GetAsync("/hoa-an/tim-kiem?q=chuacochimuc"), h => HitIds(h).Contains(id));

        site.Get<TenantRegistry>().Release("HoaAn");
        await site.Get<SearchIndexes>().CloseAsync("HoaAn");
        Directory.Delete(Path.Combine(site.AppData, "Sites", "HoaAn", "search"), recursive: true);

        // Not rebuilt in this request: said so (no "nothing found" help), no categories to filter by yet.
        var updating = await GetAsync("/hoa-an/tim-kiem?q=chuacochimuc");
        Assert.Empty(HitIds(updating));
        Assert.Contains("data-search-updating=\"1\"", updating);
        Assert.Contains("Chỉ mục tìm kiếm đang cập nhật", updating);
        Assert.DoesNotContain("Gợi ý", updating);

        var found = await Eventually.ReturnsAsync(() => GetAsync("/hoa-an/tim-kiem?q=chuacochimuc"), h => HitIds(h).Contains(id), TimeSpan.FromSeconds(60));
        Assert.Equal([id], HitIds(found));
        Assert.DoesNotContain("data-search-updating", found);
    }

    [Fact]
    public async Task The_same_query_asked_again_after_a_publish_shows_the_new_item()
    {
        var first = await SaveAsync(site, "TraLinh", Article("Tin hoilaisaukhidang thứ nhất", "Tóm tắt.", "Nội dung."));
        var before = await Eventually.ReturnsAsync(() => GetAsync("/tra-linh/tim-kiem?q=hoilaisaukhidang"), h => HitIds(h).Contains(first), TimeSpan.FromSeconds(60));
        Assert.Equal([first], HitIds(before));
        Assert.Equal([first], HitIds(await GetAsync("/tra-linh/tim-kiem?q=hoilaisaukhidang")));

        // A page kept from before (the results cache) must not hide the item published since.
        var second = await SaveAsync(site, "TraLinh", Article("Tin hoilaisaukhidang thứ hai", "Tóm tắt.", "Nội dung."));
        var after = await Eventually.ReturnsAsync(() => GetAsync("/tra-linh/tim-kiem?q=hoilaisaukhidang"), h => HitIds(h).Count == 2);
        Assert.Equal(2, Count(after));
        Assert.Contains(second, HitIds(after));
    }
}
