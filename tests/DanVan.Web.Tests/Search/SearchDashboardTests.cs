using System.Net;
using System.Text.RegularExpressions;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>The provincial dashboard's section listing every district's index, read without opening closed indexes, a page at a time.</summary>
public sealed partial class SearchDashboardTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [GeneratedRegex("<tr data-search-district=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    private static Dictionary<string, string> Rows(string html) =>
        RowPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public async Task Every_district_is_listed_with_its_index_open_closed_or_never_opened_without_opening_any_and_paged()
    {
        var indexes = site.Get<SearchIndexes>();
        Assert.True(Count(await ReadyPageAsync(site.CreateClient(), "/tra-linh/tim-kiem?q=dan+van")) > 0);
        var documents = indexes.Find("TraLinh")!.DocumentCount;

        // HoaAn's index was never opened: nothing on disk.
        site.Get<TenantRegistry>().Release("HoaAn");
        await indexes.CloseAsync("HoaAn");
        if (Directory.Exists(indexes.PathOf("HoaAn")))
        {
            Directory.Delete(indexes.PathOf("HoaAn"), recursive: true);
        }

        var admin = site.Client("");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var rows = Rows(await admin.GetStringAsync("/admin/tenants/dashboard"));
        Assert.Contains($"data-documents=\"{documents}\"", rows["TraLinh"]);
        Assert.Contains("Đang mở", rows["TraLinh"]);
        Assert.Contains("chưa mở", rows["HoaAn"]);
        Assert.Null(indexes.Find("HoaAn"));

        // Closed (the district went idle): its status file says what it holds; it stays closed.
        site.Get<TenantRegistry>().Release("TraLinh");
        await indexes.CloseAsync("TraLinh");
        rows = Rows(await admin.GetStringAsync("/admin/tenants/dashboard"));
        Assert.Contains($"data-documents=\"{documents}\"", rows["TraLinh"]);
        Assert.Contains("Đã đóng", rows["TraLinh"]);
        Assert.Null(indexes.Find("TraLinh"));

        // 55 more districts: 50 a page.
        var tenants = site.Get<TenantManager>();
        for (var i = 1; i <= 55; i++)
        {
            await tenants.CreateAsync(new CreateTenantRequest($"ChiMuc{i:00}", $"Huyện chỉ mục {i:00}", $"chi-muc-{i:00}", null, "district-board"), CancellationToken.None);
        }

        var first = Rows(await admin.GetStringAsync("/admin/tenants/dashboard"));
        var second = Rows(await admin.GetStringAsync("/admin/tenants/dashboard?chi-muc-trang=2"));
        Assert.Equal(50, first.Count);
        Assert.Equal(7, second.Count);
        Assert.Empty(first.Keys.Intersect(second.Keys));
        Assert.Contains("Trang chưa cài đặt", second.Values.First());
    }
}
