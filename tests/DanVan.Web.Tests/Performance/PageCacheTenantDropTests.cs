using System.Net;
using DanVan.Orchard.Display;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// The page cache lets go of a tenant's pages when the tenant stops (disabled: nothing of it may be served, and they
/// would only hold memory), and the portal's monitoring page shows what the cache holds.
/// </summary>
public sealed class PageCacheTenantDropTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private IPageCacheStatistics Statistics => site.Services.GetRequiredService<IPageCacheStatistics>();

    private async Task<TenantClient> PortalAdminAsync()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return admin;
    }

    [Fact]
    public async Task A_disabled_tenants_cached_pages_are_dropped_and_not_served()
    {
        var admin = await PortalAdminAsync();
        var created = await admin.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", new()
        {
            ["Name"] = "BoNhoDem",
            ["DisplayName"] = "Ban Dân vận Huyện ủy Bộ Nhớ Đệm",
            ["Prefix"] = "bo-nho-dem",
            ["Host"] = string.Empty,
            ["RecipeName"] = "district-board",
            ["AdminEmail"] = "admin@bo-nho-dem.example.vn",
            ["AdminPassword"] = OrchardWebApplicationFactory.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var reader = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/bo-nho-dem/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/bo-nho-dem/")).StatusCode);
        Assert.Equal(1, Statistics.EntriesOf("BoNhoDem"));

        await admin.PostFormAsync("/admin/tenants", "/admin/tenants/BoNhoDem/disable", []);

        Assert.Equal(0, Statistics.EntriesOf("BoNhoDem"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/bo-nho-dem/")).StatusCode);
    }

    [Fact]
    public async Task The_monitoring_page_shows_the_page_cache_size_and_its_limit()
    {
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/hoa-an/")).StatusCode);
        var admin = await PortalAdminAsync();

        var page = await admin.GetStringAsync("/admin/tenants/dashboard");

        Assert.Contains("Bộ nhớ đệm trang", page);
        var size = System.Text.RegularExpressions.Regex.Match(page, "data-page-cache-size=\"(\\d+)\"");
        Assert.True(size.Success);
        Assert.True(long.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("/ " + (Statistics.SizeLimitBytes / (1024.0 * 1024.0)).ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " MB", page);
    }
}
