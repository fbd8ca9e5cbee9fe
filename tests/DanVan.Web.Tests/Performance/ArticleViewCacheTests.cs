using System.Net;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Performance.HostTenantScopes;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// An article's page model is kept per tenant and content generation (<see cref="PublishedViewCache"/>), so a page
/// rendered afresh reads nothing for it: an edit, an unpublish, a newly related article, a settings or menu change all
/// show on the very next render with the page cache off, and two districts with the same article path see their own.
/// </summary>
public sealed class ArticleViewCacheTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private static readonly ContentActor Editor = new(null, "test");

    [Fact]
    public async Task An_edit_shows_on_the_next_render_and_an_unpublished_article_is_gone()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        var article = Article("Hội nghị giao ban quý I", "giao-ban-quy-i", "Hoạt động");
        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().ImportAsync(article, CancellationToken.None));

        var views = off.Services.GetRequiredService<PublishedViewCache>();
        Assert.Contains("Hội nghị giao ban quý I", await client.GetStringAsync("/hoa-an/tin-tuc/giao-ban-quy-i"));
        Assert.Contains("Hội nghị giao ban quý I", await client.GetStringAsync("/hoa-an/tin-tuc/giao-ban-quy-i"));
        Assert.True(views.Count > 0, "the article's model was not kept");

        await InTenantAsync(off, "HoaAn", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var latest = (await contents.GetLatestVersionAsync(article.ContentItemId, CancellationToken.None))!;
            latest.Item.Content["TitlePart"] = new JsonObject { ["Title"] = "Hội nghị giao ban quý I (đã sửa)" };
            await contents.SaveAsync(latest.Item, publish: true, latest.ConcurrencyStamp, Editor, CancellationToken.None);
        });
        Assert.Contains("Hội nghị giao ban quý I (đã sửa)", await client.GetStringAsync("/hoa-an/tin-tuc/giao-ban-quy-i"));

        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().UnpublishAsync(article.ContentItemId, Editor, CancellationToken.None));
        var gone = await client.GetAsync("/hoa-an/tin-tuc/giao-ban-quy-i");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().PublishAsync(article.ContentItemId, Editor, CancellationToken.None));
        Assert.Contains("Hội nghị giao ban quý I (đã sửa)", await client.GetStringAsync("/hoa-an/tin-tuc/giao-ban-quy-i"));
    }

    [Fact]
    public async Task A_kept_article_is_rendered_again_without_a_database_command()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        Assert.Contains("Sơ kết công tác dân vận", await client.GetStringAsync("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath), StringComparison.OrdinalIgnoreCase);

        // The article's own query (by path) is what the kept model saves; background workers' queries do not count.
        using var commands = new DatabaseCommandCounter(site.AppData, "\"Path\" = ");
        var again = await client.GetStringAsync("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath);

        Assert.Contains("Sơ kết công tác dân vận", again, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, commands.Count);
    }

    [Fact]
    public async Task A_newly_published_article_of_the_same_category_appears_among_the_related_on_the_next_render()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        await InTenantAsync(off, "TraLinh", s => s.GetRequiredService<IContentManager>().ImportAsync(
            Article("Tập huấn kỹ năng dân vận", "tap-huan-ky-nang", "Chuyên mục riêng của phép thử"), CancellationToken.None));
        Assert.DoesNotContain("Tập huấn lần hai", await client.GetStringAsync("/tra-linh/tin-tuc/tap-huan-ky-nang"));

        await InTenantAsync(off, "TraLinh", s => s.GetRequiredService<IContentManager>().ImportAsync(
            Article("Tập huấn lần hai", "tap-huan-lan-hai", "Chuyên mục riêng của phép thử"), CancellationToken.None));

        var page = await client.GetStringAsync("/tra-linh/tin-tuc/tap-huan-ky-nang");
        Assert.Contains("Tin liên quan", page);
        Assert.Contains("Tập huấn lần hai", page);
    }

    [Fact]
    public async Task Two_districts_with_the_same_article_path_each_show_their_own()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().ImportAsync(
            Article("Tin của Hòa An", "trung-duong-dan", "Hoạt động"), CancellationToken.None));
        await InTenantAsync(off, "TraLinh", s => s.GetRequiredService<IContentManager>().ImportAsync(
            Article("Tin của Trà Lĩnh", "trung-duong-dan", "Hoạt động"), CancellationToken.None));

        for (var i = 0; i < 2; i++)
        {
            var hoaAn = await client.GetStringAsync("/hoa-an/tin-tuc/trung-duong-dan");
            var traLinh = await client.GetStringAsync("/tra-linh/tin-tuc/trung-duong-dan");
            Assert.Contains("Tin của Hòa An", hoaAn);
            Assert.DoesNotContain("Tin của Trà Lĩnh", hoaAn);
            Assert.Contains("Tin của Trà Lĩnh", traLinh);
            Assert.DoesNotContain("Tin của Hòa An", traLinh);
        }

        // The portal has no such article: nothing of the districts' leaks into it.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/trung-duong-dan")).StatusCode);
    }

    [Fact]
    public async Task A_settings_or_menu_change_shows_on_the_next_render_of_a_kept_article()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        await InTenantAsync(off, "HoaAn", s => s.GetRequiredService<IContentManager>().ImportAsync(
            Article("Tin để thử cài đặt", "thu-cai-dat", "Hoạt động"), CancellationToken.None));
        await client.GetStringAsync("/hoa-an/tin-tuc/thu-cai-dat");

        await InTenantAsync(off, "HoaAn", async s =>
        {
            var sites = s.GetRequiredService<DanVan.Orchard.Settings.SiteService>();
            var settings = (await sites.GetAsync(CancellationToken.None)).Clone();
            settings.SiteName = "Ban Dân vận Huyện ủy Hòa An (mới)";
            await sites.SaveAsync(settings, CancellationToken.None);
            var menu = s.GetRequiredService<MenuService>();
            var items = (await menu.GetAsync(CancellationToken.None)).Append(new MenuItem("Mục mới của phép thử", "~/muc-moi")).ToList();
            await menu.SaveAsync(items, CancellationToken.None);
        });

        var page = await client.GetStringAsync("/hoa-an/tin-tuc/thu-cai-dat");
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An (mới)", page);
        Assert.Contains("Mục mới của phép thử", page);
    }

    private WebApplicationFactory<Program> PageCacheOff() =>
        site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));
}
