using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// Items open at any Autoroute path (Orchard's <c>about</c>, <c>blog/post-1</c>), through the fallback route after every
/// module's routes; drafts and unpublished items do not, and the sitemap lists only what opens. The site's HomeRoute.
/// A site of its own: the home page is changed here.
/// </summary>
public sealed class ContentPathRoutingTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly TenantClient _hoaAn = site.Client("/hoa-an");

    [Theory]
    [InlineData("about", "About us")]
    [InlineData("blog/post-1", "Bài viết đầu tiên")]
    public async Task A_published_item_at_any_path_opens_with_get_and_head(string path, string title)
    {
        await ImportAsync(Page(title, path, published: true));

        var get = await _hoaAn.GetAsync("/" + path);
        var html = await get.Content.ReadAsStringAsync();
        using var head = await _hoaAn.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, _hoaAn.Url("/" + path)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains($"<h1 class=\"article__title page-title\">{title}</h1>", html);
        Assert.Contains("<p>Nội dung của trang.</p>", html);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/hoa-an/{path}\" />", html);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_article_outside_tin_tuc_opens_with_the_article_view()
    {
        var article = TestContent.PublishedArticle("Tin ở đường dẫn khác", "Thử", DateTime.UtcNow);
        article.Content["AutoroutePart"] = new JsonObject { ["Path"] = "blog/tin-o-duong-dan-khac" };
        await ImportAsync(article);

        var html = await _hoaAn.GetStringAsync("/blog/tin-o-duong-dan-khac");

        Assert.Contains("Tin ở đường dẫn khác", html);
        Assert.Contains("\"@type\":\"NewsArticle\"", html);
    }

    [Fact]
    public async Task A_draft_at_a_path_is_not_found()
    {
        await ImportAsync(Page("Trang nháp", "trang-nhap", published: false));

        var response = await _hoaAn.GetAsync("/trang-nhap");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("http://localhost/hoa-an/trang-nhap", await SitemapLocationsAsync());
    }

    [Fact]
    public async Task An_unpublished_item_is_not_found_and_leaves_the_sitemap()
    {
        var page = Page("Trang sẽ gỡ", "trang-se-go", published: true);
        await ImportAsync(page);
        Assert.Equal(HttpStatusCode.OK, (await _hoaAn.GetAsync("/trang-se-go")).StatusCode);
        Assert.Contains("http://localhost/hoa-an/trang-se-go", await SitemapLocationsAsync());

        await site.InTenantAsync("HoaAn", services =>
            services.GetRequiredService<IContentManager>().UnpublishAsync(page.ContentItemId, new ContentActor(null, "test"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await _hoaAn.GetAsync("/trang-se-go")).StatusCode);
        Assert.DoesNotContain("http://localhost/hoa-an/trang-se-go", await SitemapLocationsAsync());
    }

    [Fact]
    public async Task Upper_case_paths_and_orchards_autoroute_pattern_are_accepted_and_folded()
    {
        var upper = Page("Liên kết hoa", "Blog/Post-Hoa", published: true);
        var fromPattern = Page("Giới Thiệu Đơn Vị", path: null, published: true);
        await ImportAsync(upper);
        await ImportAsync(fromPattern);

        var stored = new List<string?>();
        await site.InTenantAsync("HoaAn", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            foreach (var id in new[] { upper.ContentItemId, fromPattern.ContentItemId })
            {
                stored.Add(AutoroutePart.Path((await contents.GetLatestVersionAsync(id, CancellationToken.None))!.Item));
            }
        });
        var redirect = await _hoaAn.GetAsync("/Blog/Post-Hoa");

        Assert.Equal(["blog/post-hoa", "gioi-thieu-don-vi"], stored);
        Assert.Equal(HttpStatusCode.OK, (await _hoaAn.GetAsync("/gioi-thieu-don-vi")).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/hoa-an/blog/post-hoa", TenantClient.Location(redirect));
    }

    [Theory]
    [InlineData("admin/trang")]
    [InlineData("login")]
    [InlineData("tim-kiem")]
    [InlineData("media/anh")]
    [InlineData("chuyen-muc/gioi-thieu")]
    [InlineData("tin-tuc/mot-trang")]
    public async Task A_page_cannot_take_a_reserved_or_routed_path(string path)
    {
        var error = await Assert.ThrowsAsync<ContentFormatException>(() => ImportAsync(Page("Trang chiếm chỗ", path, published: true)));

        Assert.Contains("reserved", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_made_from_a_title_moves_aside_from_a_routed_one()
    {
        var page = Page("Tìm kiếm", path: null, published: true);
        await ImportAsync(page);

        var html = await _hoaAn.GetStringAsync("/tim-kiem-2");

        Assert.Contains("<h1 class=\"article__title page-title\">Tìm kiếm</h1>", html);
    }

    [Fact]
    public async Task Set_as_home_page_shows_the_item_at_the_root_until_reset()
    {
        var page = Page("Trang chủ riêng của Ban", "trang-chu-rieng", published: true);
        await ImportAsync(page);
        var admin = site.Client("/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var editPage = $"/admin/contents/{page.ContentItemId}/edit";
        Assert.Contains("Đặt làm trang chủ", await admin.GetStringAsync(editPage));

        var set = await admin.PostFormAsync(editPage, $"/admin/contents/{page.ContentItemId}/home", []);
        var home = await _hoaAn.GetStringAsync("/");
        using var head = await _hoaAn.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, _hoaAn.Url("/")));
        var reset = await admin.PostFormAsync(editPage, "/admin/contents/home/reset", []);
        var newsAgain = await _hoaAn.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("<h1 class=\"article__title page-title\">Trang chủ riêng của Ban</h1>", home);
        Assert.DoesNotContain("Hội nghị giao ban công tác dân vận quý III năm 2026", home);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.DoesNotContain("Trang chủ riêng của Ban", newsAgain);
        Assert.Contains("Hội nghị giao ban công tác dân vận quý III năm 2026", newsAgain);
    }

    [Fact]
    public async Task A_home_page_item_taken_off_the_site_gives_the_news_home_back_not_a_404()
    {
        var page = Page("Trang chủ sẽ bị gỡ", "trang-chu-se-go", published: true);
        await site.InTenantAsync("HoaAn", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            await contents.ImportAsync(page, CancellationToken.None);
            var sites = services.GetRequiredService<DanVan.Orchard.Settings.SiteService>();
            var settings = (await sites.GetAsync(CancellationToken.None)).Clone();
            DanVan.Orchard.Settings.HomeRoute.Set(settings, page.ContentItemId);
            await sites.SaveAsync(settings, CancellationToken.None);
        });
        var asHome = await _hoaAn.GetStringAsync("/");

        await site.InTenantAsync("HoaAn", async services =>
        {
            await services.GetRequiredService<IContentManager>().UnpublishAsync(page.ContentItemId, new ContentActor(null, "test"), CancellationToken.None);
        });
        var afterUnpublish = await _hoaAn.GetAsync("/");
        await site.InTenantAsync("HoaAn", async services =>
        {
            var sites = services.GetRequiredService<DanVan.Orchard.Settings.SiteService>();
            var settings = (await sites.GetAsync(CancellationToken.None)).Clone();
            DanVan.Orchard.Settings.HomeRoute.Set(settings, null);
            await sites.SaveAsync(settings, CancellationToken.None);
        });

        Assert.Contains("Trang chủ sẽ bị gỡ", asHome);
        Assert.Equal(HttpStatusCode.OK, afterUnpublish.StatusCode);
        Assert.Contains("Hội nghị giao ban công tác dân vận quý III năm 2026", await afterUnpublish.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unpublished_item_cannot_be_made_the_home_page()
    {
        var draft = Page("Bản nháp làm trang chủ", "ban-nhap-trang-chu", published: false);
        await ImportAsync(draft);
        var admin = site.Client("/hoa-an");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var response = await admin.PostFormAsync($"/admin/contents/{draft.ContentItemId}/edit", $"/admin/contents/{draft.ContentItemId}/home", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("chưa được đăng", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Orchards_home_route_setting_from_a_recipe_is_followed()
    {
        var page = Page("Trang chủ theo công thức", "trang-chu-cong-thuc", published: true);
        await site.InTenantAsync("TraLinh", services => services.GetRequiredService<IContentManager>().ImportAsync(page, CancellationToken.None));
        site.AddRecipe("home-route.recipe.json", $$"""
            { "name": "home-route", "steps": [ { "name": "settings",
              "HomeRoute": { "Action": "Display", "Controller": "Item", "Area": "OrchardCore.Contents", "ContentItemId": "{{page.ContentItemId}}" } } ] }
            """);

        await site.Get<DanVan.Orchard.Tenancy.TenantSetupService>().RunRecipeAsync("TraLinh", "home-route", CancellationToken.None);
        var home = await site.Client("/tra-linh").GetStringAsync("/");

        Assert.Contains("<h1 class=\"article__title page-title\">Trang chủ theo công thức</h1>", home);
    }

    [Fact]
    public async Task Every_sitemap_entry_has_a_lastmod_also_the_home_page()
    {
        var sitemap = XDocument.Parse(await _hoaAn.GetStringAsync("/sitemap.xml"));
        var urls = sitemap.Descendants(Sitemap + "url").ToList();

        Assert.Contains(urls, u => u.Element(Sitemap + "loc")!.Value == "http://localhost/hoa-an/");
        Assert.Contains(urls, u => u.Element(Sitemap + "loc")!.Value == "http://localhost/hoa-an/gioi-thieu");
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(Sitemap + "lastmod")?.Value ?? string.Empty));
    }

    [Fact]
    public async Task A_tenant_set_up_before_the_page_type_gets_it_on_upgrade()
    {
        var before = false;
        var after = false;
        await site.InTenantAsync("TraLinh", async services =>
        {
            var definitions = services.GetRequiredService<ContentDefinitionManager>();
            var current = await definitions.GetAsync(CancellationToken.None);
            await definitions.SaveAsync(new ContentDefinitionDocument
            {
                ContentTypes = current.ContentTypes.Where(t => t.Name != "Page").ToList(),
                ContentParts = current.ContentParts.Where(p => p.Name != "Page").ToList(),
            }, CancellationToken.None);
            before = (await definitions.GetAsync(CancellationToken.None)).FindType("Page") is not null;

            foreach (var migration in services.GetServices<ITenantMigration>())
            {
                await migration.MigrateAsync(services, CancellationToken.None);
            }

            var upgraded = await definitions.GetAsync(CancellationToken.None);
            after = upgraded.FindType("Page") is not null && upgraded.FindPart("Page")?.ContentPartFieldDefinitionRecords.Single().Name == "ShowInMenu";
        });

        Assert.False(before);
        Assert.True(after);
    }

    private async Task<List<string>> SitemapLocationsAsync() =>
        XDocument.Parse(await _hoaAn.GetStringAsync("/sitemap.xml")).Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

    private Task ImportAsync(ContentItem item) =>
        site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(item, CancellationToken.None));

    private static ContentItem Page(string title, string? path, bool published) => new()
    {
        ContentItemId = ContentItem.NewId(),
        ContentItemVersionId = ContentItem.NewId(),
        ContentType = "Page",
        DisplayText = title,
        Published = published,
        Latest = true,
        PublishedUtc = published ? DateTime.UtcNow : null,
        ModifiedUtc = DateTime.UtcNow,
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Nội dung của trang.</p>" },
        },
    };
}
