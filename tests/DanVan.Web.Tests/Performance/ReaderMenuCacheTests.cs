using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Performance.HostTenantScopes;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// The readers' menu is built once per content generation of the tenant (a page rendered afresh reads no content for
/// it): a page published or unpublished with "Hiện trên menu", and an edit of the menu, show on the very next page,
/// also with the page cache off (so no page entry hides a stale menu).
/// </summary>
public sealed class ReaderMenuCacheTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task A_page_shown_in_the_menu_appears_and_goes_on_the_next_render_after_its_publish_and_unpublish()
    {
        using var off = site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));
        var client = off.CreateClient();
        Assert.DoesNotContain("Lịch tiếp dân", await client.GetStringAsync("/tra-linh/"));

        var page = MenuPage("Lịch tiếp dân", "lich-tiep-dan");
        await InTenantAsync(off, "TraLinh", services => services.GetRequiredService<IContentManager>().ImportAsync(page, CancellationToken.None));
        Assert.Contains("<a href=\"/tra-linh/lich-tiep-dan\">Lịch tiếp dân</a>", await client.GetStringAsync("/tra-linh/"));

        await InTenantAsync(off, "TraLinh", services =>
            services.GetRequiredService<IContentManager>().UnpublishAsync(page.ContentItemId, new ContentActor(null, "test"), CancellationToken.None));
        Assert.DoesNotContain("Lịch tiếp dân", await client.GetStringAsync("/tra-linh/"));
    }

    [Fact]
    public async Task An_edited_menu_shows_on_the_next_render()
    {
        using var off = site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));
        var client = off.CreateClient();
        Assert.DoesNotContain("Văn bản chỉ đạo", await client.GetStringAsync("/hoa-an/"));

        await InTenantAsync(off, "HoaAn", async services =>
        {
            var menu = services.GetRequiredService<MenuService>();
            var items = (await menu.GetAsync(CancellationToken.None)).Append(new MenuItem("Văn bản chỉ đạo", "~/van-ban")).ToList();
            await menu.SaveAsync(items, CancellationToken.None);
        });

        Assert.Contains("<a href=\"/hoa-an/van-ban\">Văn bản chỉ đạo</a>", await client.GetStringAsync("/hoa-an/"));
    }

    private static ContentItem MenuPage(string title, string path) =>
        Published("Page", title, path, new JsonObject
        {
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Lịch tiếp công dân của Ban.</p>" },
            ["Page"] = new JsonObject { ["ShowInMenu"] = new JsonObject { ["Value"] = true } },
        });
}
