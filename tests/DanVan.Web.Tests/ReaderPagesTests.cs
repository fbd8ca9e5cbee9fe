using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>What readers get from a district subsite and the portal: pages, listings, feeds, discovery.</summary>
[Collection(ReaderSiteCollection.Name)]
public sealed partial class ReaderPagesTests(ProvisionedSiteFixture site)
{
    private readonly TenantClient _hoaAn = site.Client("/hoa-an");

    [Fact]
    public async Task Home_shows_the_featured_article_latest_news_meeting_reports_categories_and_the_menu()
    {
        var html = await _hoaAn.GetStringAsync("/");

        Assert.Contains("Nâng cao hiệu quả thực hiện dân chủ ở cơ sở", html);
        Assert.Contains("Hội nghị giao ban công tác dân vận quý III năm 2026", html);
        Assert.Contains("href=\"/hoa-an/chuyen-muc/dan-van-kheo\"", html);
        Assert.Contains("href=\"/hoa-an/bao-cao-hoi-nghi\"", html);
        Assert.Single(H1().Matches(html));
        Assert.DoesNotContain("Bản nháp", html);
    }

    [Fact]
    public async Task Category_and_tag_pages_list_only_their_published_articles()
    {
        var category = await _hoaAn.GetStringAsync("/chuyen-muc/dan-van-kheo");
        var tag = await _hoaAn.GetStringAsync("/tu-khoa/dan-van-kheo");

        Assert.Contains("Xã Yên Thịnh nhân rộng mô hình", category);
        Assert.DoesNotContain("Đối thoại giữa lãnh đạo huyện", category);
        Assert.Contains("Xã Yên Thịnh nhân rộng mô hình", tag);
        Assert.Equal(HttpStatusCode.NotFound, (await _hoaAn.GetAsync("/chuyen-muc/khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _hoaAn.GetAsync("/tu-khoa/khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _hoaAn.GetAsync("/chuyen-muc/an-sinh-xa-hoi")).StatusCode);
    }

    [Fact]
    public async Task Listing_pages_have_ten_articles_a_page_and_no_page_past_the_end()
    {
        await site.InTenantAsync("TraLinh", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            for (var i = 1; i <= 12; i++)
            {
                await contents.ImportAsync(TestContent.PublishedArticle($"Tin phân trang số {i}", "Phân trang", DateTime.UtcNow.AddDays(-i)), CancellationToken.None);
            }
        });
        var traLinh = site.Client("/tra-linh");

        var first = await traLinh.GetStringAsync("/chuyen-muc/phan-trang");
        var second = await traLinh.GetStringAsync("/chuyen-muc/phan-trang?trang=2");

        Assert.Equal(10, ArticleLinks().Matches(first).Select(m => m.Value).Distinct().Count());
        Assert.Contains("Tin phân trang số 1<", first);
        Assert.Contains("Tin phân trang số 12<", second);
        Assert.DoesNotContain("Tin phân trang số 1<", second);
        Assert.Contains("trang=2", first);
        Assert.Equal(HttpStatusCode.NotFound, (await traLinh.GetAsync("/chuyen-muc/phan-trang?trang=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await traLinh.GetAsync("/chuyen-muc/phan-trang?trang=0")).StatusCode);
    }

    [Fact]
    public async Task Article_page_carries_canonical_open_graph_and_news_article_json_ld()
    {
        var html = await _hoaAn.GetStringAsync("/" + ProvisionedSiteFixture.SampleArticlePath);

        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}\"", html);
        Assert.Contains("property=\"og:title\" content=\"Sơ kết công tác dân vận 6 tháng đầu năm 2026\"", html);
        Assert.Contains("name=\"twitter:card\"", html);
        var json = JsonLd().Match(html).Groups[1].Value;
        using var document = JsonDocument.Parse(json);
        Assert.Equal("NewsArticle", document.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Sơ kết công tác dân vận 6 tháng đầu năm 2026", document.RootElement.GetProperty("headline").GetString());
        Assert.StartsWith("2026-09-04", document.RootElement.GetProperty("datePublished").GetString());
        Assert.Contains("href=\"/hoa-an/tu-khoa/", html);
    }

    [Fact]
    public async Task Meeting_reports_are_archived_by_year()
    {
        var all = await _hoaAn.GetStringAsync("/bao-cao-hoi-nghi");
        var year = await _hoaAn.GetStringAsync("/bao-cao-hoi-nghi/2026");

        Assert.Contains("Hội nghị giao ban công tác dân vận quý III năm 2026", all);
        Assert.Contains("06/10/2026", year);
        Assert.Equal(HttpStatusCode.NotFound, (await _hoaAn.GetAsync("/bao-cao-hoi-nghi/1999")).StatusCode);
    }

    [Fact]
    public async Task Rss_is_valid_xml_with_only_this_tenants_published_articles()
    {
        var rss = XDocument.Parse(await _hoaAn.GetStringAsync("/rss.xml"));
        var categoryRss = XDocument.Parse(await _hoaAn.GetStringAsync("/chuyen-muc/dan-van-kheo/rss.xml"));

        var titles = rss.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        var links = rss.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Contains("Sơ kết công tác dân vận 6 tháng đầu năm 2026", titles);
        Assert.DoesNotContain(titles, t => t.Contains("Bản nháp", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("Bồi dưỡng nghiệp vụ", StringComparison.Ordinal));
        Assert.All(links, l => Assert.StartsWith("http://localhost/hoa-an/tin-tuc/", l));
        Assert.All(categoryRss.Descendants("item"), i => Assert.Equal("Dân vận khéo", i.Element("category")!.Value));
    }

    [Fact]
    public async Task Sitemap_and_robots_describe_the_tenant_only()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await _hoaAn.GetStringAsync("/sitemap.xml"));
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        var robots = await _hoaAn.GetStringAsync("/robots.txt");

        Assert.Contains("http://localhost/hoa-an/", locations);
        Assert.Contains($"http://localhost/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}", locations);
        Assert.Contains($"http://localhost/hoa-an/{ProvisionedSiteFixture.SampleMeetingPath}", locations);
        Assert.All(locations, l => Assert.StartsWith("http://localhost/hoa-an/", l));
        Assert.DoesNotContain(locations, l => l.Contains("ban-nhap", StringComparison.Ordinal));
        Assert.Contains("Sitemap: http://localhost/hoa-an/sitemap.xml", robots);
        Assert.Contains("Disallow: /admin", robots);
    }

    [Fact]
    public async Task Unknown_pages_get_the_themed_vietnamese_404()
    {
        var response = await _hoaAn.GetAsync("/trang-khong-ton-tai");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", html);
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", html);
    }

    [Fact]
    public async Task The_portal_shows_the_districts_latest_news_and_refreshes_when_one_publishes()
    {
        var portal = site.Client(string.Empty);
        var before = await portal.GetStringAsync("/");
        Assert.Contains("href=\"/hoa-an/tin-tuc/", before);
        Assert.Contains("Ban Dân vận Huyện ủy Trà Lĩnh", before);

        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(
            TestContent.PublishedArticle("Tin mới nhất của Hòa An gửi lên cổng tỉnh", "Hoạt động Ban Dân vận", DateTime.UtcNow), CancellationToken.None));

        var after = await portal.GetStringAsync("/");
        Assert.Contains("Tin mới nhất của Hòa An gửi lên cổng tỉnh", after);
        Assert.Contains("href=\"/hoa-an/tin-tuc/tin-moi-nhat-cua-hoa-an-gui-len-cong-tinh\"", after);
    }

    [Fact]
    public async Task Theme_assets_are_linked_by_fingerprinted_urls_inside_the_tenant()
    {
        var html = await _hoaAn.GetStringAsync("/");
        var css = StyleSheet().Match(html).Groups[1].Value;

        // The year-long immutable Cache-Control comes with a published build; a test host serves the build output.
        Assert.Matches(@"^/hoa-an/_content/DanVan\.Theme/dist/site\.[a-z0-9]+\.css$", css);
        var response = await site.CreateClient().GetAsync(css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();

    [GeneratedRegex("href=\"/tra-linh/tin-tuc/tin-phan-trang-so-[0-9]+\"")]
    private static partial Regex ArticleLinks();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+site[^\"]*\\.css)\"")]
    private static partial Regex StyleSheet();
}
