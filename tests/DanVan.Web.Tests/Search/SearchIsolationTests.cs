using DanVan.Orchard.Tenancy;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>Each district finds only its own items; the portal finds every Running district's, never a Disabled one's.</summary>
public sealed class SearchIsolationTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private async Task<string> GetAsync(string url) => await site.CreateClient().GetStringAsync(url);

    [Fact]
    public async Task A_word_only_in_HoaAn_is_found_there_and_on_the_portal_while_HoaAn_runs_and_nowhere_else()
    {
        var id = await SaveAsync(site, "HoaAn", Article("Mô hình hoaanriengbiet ở xã Dân Chủ", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => GetAsync("/hoa-an/tim-kiem?q=hoaanriengbiet"), h => HitIds(h).Contains(id), TimeSpan.FromSeconds(1));
        Assert.Equal([id], HitIds(await GetAsync("/hoa-an/tim-kiem?q=hoaanriengbiet")));
        Assert.Empty(HitIds(await GetAsync("/tra-linh/tim-kiem?q=hoaanriengbiet")));

        // The item's address may come with a second change after its first save: both applied, in moments.
        const string href = "href=\"/hoa-an/tin-tuc/mo-hinh-hoaanriengbiet-o-xa-dan-chu\"";
        var portal = await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=hoaanriengbiet"), h => h.Contains(href, StringComparison.Ordinal));
        Assert.Equal([id], HitIds(portal));
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", portal);
        Assert.Empty(HitIds(await GetAsync("/tim-kiem?q=hoaanriengbiet&huyen=TraLinh")));
        Assert.Equal([id], HitIds(await GetAsync("/tim-kiem?q=hoaanriengbiet&huyen=HoaAn")));

        await site.Get<TenantManager>().DisableAsync("HoaAn", CancellationToken.None);
        try
        {
            var whileDisabled = await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=hoaanriengbiet"), h => HitIds(h).Count == 0);
            Assert.Empty(HitIds(whileDisabled));
            Assert.Equal(0, Count(whileDisabled));
            Assert.Empty(HitIds(await GetAsync("/tra-linh/tim-kiem?q=hoaanriengbiet")));
        }
        finally
        {
            await site.Get<TenantManager>().EnableAsync("HoaAn", CancellationToken.None);
        }

        var back = await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=hoaanriengbiet"), h => HitIds(h).Count == 1);
        Assert.Equal([id], HitIds(back));
    }

    [Fact]
    public async Task The_portal_filtered_to_a_district_and_the_district_itself_each_link_their_own_way()
    {
        // Both read the one index of HoaAn with the same words: the results cache must not hand one the other's links.
        await SaveAsync(site, "HoaAn", Article("Hội nghị haitrangmotchimuc ở xã Hồng Việt", "Tóm tắt.", "Nội dung."));
        const string districtHref = "href=\"/hoa-an/tin-tuc/hoi-nghi-haitrangmotchimuc-o-xa-hong-viet\"";
        var portal = await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=haitrangmotchimuc&huyen=HoaAn"), h => h.Contains(districtHref, StringComparison.Ordinal));
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", portal);

        var district = await GetAsync("/hoa-an/tim-kiem?q=haitrangmotchimuc");
        Assert.Contains(districtHref, district);
        Assert.DoesNotContain("/hoa-an/hoa-an/", district);
    }

    [Fact]
    public async Task The_portal_finds_the_sample_articles_of_both_districts_and_names_each()
    {
        // A district whose index is not built yet is built by the worker, not in the request: it shows up shortly.
        var html = await Eventually.ReturnsAsync(() => GetAsync("/tim-kiem?q=dan+van+kheo"), h => !h.Contains("data-search-updating", StringComparison.Ordinal));
        Assert.True(Count(html) >= 2, html);
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", html);
        Assert.Contains("Ban Dân vận Huyện ủy Trà Lĩnh", html);
    }
}
