using System.Net;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

public sealed class TenantRoutingTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Each_district_serves_its_own_home_with_its_name_and_published_articles()
    {
        var hoaAn = await _client.GetStringAsync("/hoa-an/");
        var traLinh = await _client.GetStringAsync("/tra-linh/");

        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", hoaAn);
        Assert.DoesNotContain("Trà Lĩnh", hoaAn);
        Assert.Contains("Ban Dân vận Huyện ủy Trà Lĩnh", traLinh);
        Assert.Contains("Sơ kết công tác dân vận 6 tháng đầu năm 2026", hoaAn);
        Assert.Contains($"href=\"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}\"", hoaAn);
    }

    [Fact]
    public async Task Home_lists_published_articles_newest_first_and_never_drafts()
    {
        var home = await _client.GetStringAsync("/hoa-an/");

        var newest = home.IndexOf("Nâng cao hiệu quả thực hiện dân chủ ở cơ sở", StringComparison.Ordinal);
        var oldest = home.IndexOf("Sơ kết công tác dân vận 6 tháng đầu năm 2026", StringComparison.Ordinal);
        Assert.True(newest >= 0 && oldest > newest, "the article of 05/11 must come before the one of 04/09");
        Assert.DoesNotContain("Bản nháp", home);
    }

    [Fact]
    public async Task Article_page_is_served_at_its_slug_with_links_inside_the_tenant()
    {
        var response = await _client.GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html);
        Assert.Contains("Sơ kết công tác dân vận 6 tháng đầu năm 2026", html);
        Assert.Contains("04/09/2026", html);
        Assert.Contains("href=\"/hoa-an/_content/DanVan.Theme/dist/site.", html);
        Assert.Contains("href=\"/hoa-an/\"", html);
    }

    [Fact]
    public async Task Meeting_report_page_shows_the_meeting_facts()
    {
        var html = await _client.GetStringAsync($"/tra-linh/{ProvisionedSiteFixture.SampleMeetingPath}");

        Assert.Contains("Hội nghị giao ban công tác dân vận quý III năm 2026", html);
        Assert.Contains("06/10/2026", html);
        Assert.Contains("Kết quả đạt được", html);
    }

    [Fact]
    public async Task Draft_article_is_not_served()
    {
        var response = await _client.GetAsync("/hoa-an/tin-tuc/ban-nhap-ke-hoach-ho-tro-ho-gia-dinh-kho-khan-don-tet-nguyen-dan-dinh-mui-2027");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_article_of_one_tenant_is_404_under_another_tenant_and_on_the_portal()
    {
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(
            Article("Chỉ có ở Hòa An: tập huấn kỹ năng dân vận cho cán bộ thôn"), CancellationToken.None));
        const string path = "tin-tuc/chi-co-o-hoa-an-tap-huan-ky-nang-dan-van-cho-can-bo-thon";

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/hoa-an/{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/tra-linh/{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/{path}")).StatusCode);
    }

    [Fact]
    public async Task Portal_articles_are_not_visible_under_a_district_prefix()
    {
        const string portalArticle = "tin-tuc/boi-duong-nghiep-vu-cong-tac-dan-van-cho-can-bo-co-so-nam-2026";

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/{portalArticle}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/hoa-an/{portalArticle}")).StatusCode);
    }

    [Fact]
    public async Task Portal_home_lists_the_district_subsites()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("href=\"/hoa-an/\"", html);
        Assert.Contains("href=\"/tra-linh/\"", html);
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", html);
    }

    [Theory]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/khong-co/tin-tuc/abc")]
    [InlineData("/hoa-an/tin-tuc/khong-co")]
    public async Task Unknown_paths_are_a_vietnamese_404(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Same_title_twice_gets_a_unique_slug()
    {
        await site.InTenantAsync("TraLinh", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            await contents.ImportAsync(Article("Ra quân Ngày Chủ nhật xanh"), CancellationToken.None);
            await contents.ImportAsync(Article("Ra quân ngày chủ nhật xanh!"), CancellationToken.None);
        });

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tra-linh/tin-tuc/ra-quan-ngay-chu-nhat-xanh")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tra-linh/tin-tuc/ra-quan-ngay-chu-nhat-xanh-2")).StatusCode);
    }

    [Fact]
    public async Task Script_in_article_html_is_removed_on_save()
    {
        var article = Article("Bài có mã độc");
        article.Content["HtmlBodyPart"] = new System.Text.Json.Nodes.JsonObject
        {
            ["Html"] = "<p onclick=\"steal()\">Nội dung</p><script>alert('x')</script><img src=\"javascript:alert(1)\">",
        };
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(article, CancellationToken.None));

        var html = await _client.GetStringAsync("/hoa-an/tin-tuc/bai-co-ma-doc");

        Assert.Contains("<p>Nội dung</p>", html);
        Assert.DoesNotContain("alert(", html);
        Assert.DoesNotContain("steal()", html);
    }

    [Fact]
    public async Task A_feature_turned_off_in_one_tenant_404s_there_only_and_comes_back_when_on()
    {
        var meeting = ProvisionedSiteFixture.SampleMeetingPath;
        await site.InTenantAsync("HoaAn", services =>
            services.GetRequiredService<FeatureManager>().DisableAsync(["DanVan.MeetingReports"], CancellationToken.None));
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/hoa-an/{meeting}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/tra-linh/{meeting}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}")).StatusCode);
        }
        finally
        {
            await site.InTenantAsync("HoaAn", services =>
                services.GetRequiredService<FeatureManager>().EnableAsync(["DanVan.MeetingReports"], CancellationToken.None));
        }

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/hoa-an/{meeting}")).StatusCode);
    }

    [Fact]
    public async Task Disabling_contents_takes_the_features_that_depend_on_it_along()
    {
        IReadOnlySet<string> disabled = new HashSet<string>();
        await site.InTenantAsync("TraLinh", async services =>
            disabled = await services.GetRequiredService<FeatureManager>().DisableAsync(["DanVan.Contents"], CancellationToken.None));
        try
        {
            Assert.Equal(["DanVan.Articles", "DanVan.AuditTrail", "DanVan.Contents", "DanVan.Feedback", "DanVan.MeetingReports", "DanVan.Search"], disabled.Order());
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/tra-linh/")).StatusCode);
        }
        finally
        {
            await site.InTenantAsync("TraLinh", services =>
                services.GetRequiredService<FeatureManager>().EnableAsync(["DanVan.Articles", "DanVan.MeetingReports", "DanVan.AuditTrail", "DanVan.Search", "DanVan.Feedback"], CancellationToken.None));
        }

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/tra-linh/")).StatusCode);
    }

    [Theory]
    [InlineData("/hoa-an/")]
    [InlineData("/hoa-an/tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026")]
    [InlineData("/")]
    public async Task Public_pages_set_no_cookie_and_are_served_from_the_output_cache(string url)
    {
        var first = await _client.GetAsync(url);
        var second = await _client.GetAsync(url);

        Assert.False(first.Headers.Contains("Set-Cookie"), string.Join("; ", first.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));

        // Only a page the cache stored carries an ETag (PageCacheTests show the hits themselves).
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_newly_published_article_shows_at_once_on_a_cached_home_page()
    {
        var before = await _client.GetStringAsync("/tra-linh/");
        Assert.Equal(before, await _client.GetStringAsync("/tra-linh/"));

        await site.InTenantAsync("TraLinh", services => services.GetRequiredService<IContentManager>().ImportAsync(
            Article("Tin mới: khánh thành nhà văn hóa thôn Nà Mò"), CancellationToken.None));

        var after = await _client.GetStringAsync("/tra-linh/");
        Assert.DoesNotContain("khánh thành nhà văn hóa thôn Nà Mò", before);
        Assert.Contains("khánh thành nhà văn hóa thôn Nà Mò", after);
        Assert.DoesNotContain("khánh thành nhà văn hóa thôn Nà Mò", await _client.GetStringAsync("/hoa-an/"));
    }

    private static ContentItem Article(string title) => new()
    {
        ContentType = "Article",
        DisplayText = title,
        Published = true,
        Latest = true,
        Content = new System.Text.Json.Nodes.JsonObject
        {
            ["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title },
            ["HtmlBodyPart"] = new System.Text.Json.Nodes.JsonObject { ["Html"] = "<p>Nội dung thử nghiệm.</p>" },
        },
    };
}
