using System.Net;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// The portal's administrators see this node's readiness checks on the monitoring page (what <c>/health/ready</c>
/// shows only on the node itself); a district's administrator cannot open that page.
/// </summary>
public sealed class PortalNodeHealthTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task The_portals_monitoring_page_shows_each_readiness_check_of_this_node()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/tenants/dashboard"));

        Assert.Contains("Tình trạng máy chủ này", page, StringComparison.Ordinal);
        Assert.Contains("data-health-check=\"tenant-store\">Bình thường", page, StringComparison.Ordinal);
        Assert.Contains("data-health-check=\"database\">Bình thường", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_districts_administrator_cannot_open_the_monitoring_page()
    {
        var district = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await district.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);

        var refused = await district.GetAsync("/admin/tenants/dashboard");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
