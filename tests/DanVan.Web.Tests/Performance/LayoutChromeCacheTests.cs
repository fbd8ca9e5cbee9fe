using System.Text.RegularExpressions;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Settings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Performance.HostTenantScopes;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// The layout's head links, banner, menu and footer are rendered once per tenant and content generation and kept
/// (<see cref="PageFragmentCache"/>), with the page cache off as after a publish: the current menu entry and the search
/// box's text stay the page's own, a settings, menu or feature change shows on the very next render, two districts
/// never share, and a signed-in request neither reads nor leaves a kept part.
/// </summary>
public sealed partial class LayoutChromeCacheTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Each_page_marks_its_own_menu_entry_as_current()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            var home = await client.GetStringAsync("/hoa-an/");
            Assert.Equal(["Trang chủ"], CurrentMenuEntries(home));
            var article = await client.GetStringAsync("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath);
            Assert.Empty(CurrentMenuEntries(article));
        }
    }

    [Fact]
    public async Task A_search_shows_its_query_in_the_boxes_and_the_next_page_shows_empty_boxes()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        Assert.Contains("id=\"site-search\"", await client.GetStringAsync("/hoa-an/"));

        var search = await client.GetStringAsync("/hoa-an/tim-kiem?q=giao%20ban%20l%E1%BA%A1");
        Assert.Equal(2, Regex.Count(search, "id=\"(site|menu)-search\" type=\"search\" name=\"q\" value=\"giao ban lạ\""));

        var home = await client.GetStringAsync("/hoa-an/");
        Assert.Equal(2, Regex.Count(home, "id=\"(site|menu)-search\" type=\"search\" name=\"q\" value=\"\""));
    }

    [Fact]
    public async Task A_settings_menu_or_feature_change_shows_on_the_next_render()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();
        var before = await client.GetStringAsync("/tra-linh/");
        Assert.Contains("rel=\"search\"", before);
        Assert.Contains("href=\"/tra-linh/gop-y\"", FooterLinks(before));

        await InTenantAsync(off, "TraLinh", async s =>
        {
            var sites = s.GetRequiredService<SiteService>();
            var settings = (await sites.GetAsync(CancellationToken.None)).Clone();
            settings.ContactPhone = "0206 3888 999";
            settings.BannerSubtitle = "Dòng phụ đề mới của phép thử";
            await sites.SaveAsync(settings, CancellationToken.None);
            var menu = s.GetRequiredService<MenuService>();
            await menu.SaveAsync([.. await menu.GetAsync(CancellationToken.None), new MenuItem("Lịch công tác", "~/lich-cong-tac")], CancellationToken.None);
        });
        var changed = await client.GetStringAsync("/tra-linh/");
        Assert.Contains("<a href=\"tel:02063888999\">0206 3888 999</a>", changed);
        Assert.Contains("Dòng phụ đề mới của phép thử", changed);
        Assert.Contains("<a href=\"/tra-linh/lich-cong-tac\">Lịch công tác</a>", changed);

        await InTenantAsync(off, "TraLinh", s => s.GetRequiredService<FeatureManager>().DisableAsync([FeatureIds.Search, FeatureIds.Feedback], CancellationToken.None));
        try
        {
            var without = await client.GetStringAsync("/tra-linh/");
            Assert.DoesNotContain("rel=\"search\"", without);
            Assert.DoesNotContain("site-search", without);
            Assert.DoesNotContain("href=\"/tra-linh/gop-y\"", FooterLinks(without));
        }
        finally
        {
            await InTenantAsync(off, "TraLinh", s => s.GetRequiredService<FeatureManager>().EnableAsync([FeatureIds.Search, FeatureIds.Feedback], CancellationToken.None));
        }

        Assert.Contains("rel=\"search\"", await client.GetStringAsync("/tra-linh/"));
    }

    [Fact]
    public async Task Two_districts_each_show_their_own_chrome()
    {
        using var off = PageCacheOff();
        var client = off.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            var hoaAn = await client.GetStringAsync("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath);
            var traLinh = await client.GetStringAsync("/tra-linh/" + ProvisionedSiteFixture.SampleArticlePath);
            Assert.Contains("<p class=\"site-footer__name\">Ban Dân vận Huyện ủy Hòa An</p>", hoaAn);
            Assert.Contains("href=\"/hoa-an/rss.xml\"", hoaAn);
            Assert.DoesNotContain("/tra-linh/", hoaAn);
            Assert.Contains("<p class=\"site-footer__name\">Ban Dân vận Huyện ủy Trà Lĩnh</p>", traLinh);
            Assert.DoesNotContain("/hoa-an/", traLinh);
        }
    }

    [Fact]
    public async Task A_signed_in_request_neither_reads_nor_leaves_a_kept_part()
    {
        using var off = PageCacheOff();
        var views = off.Services.GetRequiredService<PublishedViewCache>();
        var admin = new TenantClient(off.CreateClient(new() { AllowAutoRedirect = false }), "/hoa-an").AnsweringCaptchas(site);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);

        // The sign-in page was anonymous: its parts are kept. The home's banner (its own current entry) is not yet.
        var kept = views.Count;
        var signedIn = await admin.GetStringAsync("/");
        Assert.Equal(["Trang chủ"], CurrentMenuEntries(signedIn));
        Assert.Equal(kept, views.Count);

        var anonymous = await off.CreateClient().GetStringAsync("/hoa-an/");
        Assert.Equal(["Trang chủ"], CurrentMenuEntries(anonymous));
        Assert.True(views.Count > kept, "an anonymous reader's banner was not kept");
    }

    private WebApplicationFactory<Program> PageCacheOff() =>
        site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));

    private static string FooterLinks(string html)
    {
        var start = html.IndexOf("class=\"site-footer__links\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    private static List<string> CurrentMenuEntries(string html)
    {
        var start = html.IndexOf("id=\"main-nav-list\"", StringComparison.Ordinal);
        var menu = html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
        return [.. MenuCurrent().Matches(menu).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<a href=\"[^\"]*\" aria-current=\"page\">([^<]*)</a>")]
    private static partial Regex MenuCurrent();
}
