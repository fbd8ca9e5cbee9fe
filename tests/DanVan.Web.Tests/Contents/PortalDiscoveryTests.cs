using System.Xml.Linq;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// Crawlers read only the host's root robots.txt: the portal's names every running prefix district's sitemap and keeps
/// crawlers out of their admin and sign-in pages, and its sitemap index lists the same sitemaps. A site of its own: a
/// district is disabled here.
/// </summary>
public sealed class PortalDiscoveryTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Root_robots_and_sitemap_index_list_the_running_districts_and_drop_a_disabled_one()
    {
        var portal = site.Client(string.Empty);
        var robotsBefore = await portal.GetStringAsync("/robots.txt");
        var indexBefore = await IndexAsync(portal);

        await site.Get<ITenantManager>().DisableAsync("TraLinh", CancellationToken.None);
        var robotsAfter = await portal.GetStringAsync("/robots.txt");
        var indexAfter = await IndexAsync(portal);

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robotsBefore);
        Assert.Contains("Sitemap: http://localhost/sitemap-index.xml", robotsBefore);
        Assert.Contains("Sitemap: http://localhost/hoa-an/sitemap.xml", robotsBefore);
        Assert.Contains("Sitemap: http://localhost/tra-linh/sitemap.xml", robotsBefore);
        foreach (var path in new[] { "admin", "login", "account" })
        {
            Assert.Contains($"Disallow: /hoa-an/{path}\n", robotsBefore);
        }

        Assert.Equal(
            ["http://localhost/sitemap.xml", "http://localhost/hoa-an/sitemap.xml", "http://localhost/tra-linh/sitemap.xml"],
            indexBefore.Select(e => e.Location));
        Assert.All(indexBefore, e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", e.LastModified));

        Assert.Contains("Sitemap: http://localhost/hoa-an/sitemap.xml", robotsAfter);
        Assert.DoesNotContain("tra-linh", robotsAfter);
        Assert.Equal(["http://localhost/sitemap.xml", "http://localhost/hoa-an/sitemap.xml"], indexAfter.Select(e => e.Location));
    }

    [Fact]
    public async Task A_district_has_no_sitemap_index_of_its_own()
    {
        var response = await site.Client("/hoa-an").GetAsync("/sitemap-index.xml");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<(string Location, string LastModified)>> IndexAsync(TenantClient portal) =>
        XDocument.Parse(await portal.GetStringAsync("/sitemap-index.xml"))
            .Descendants(Sitemap + "sitemap")
            .Select(s => (s.Element(Sitemap + "loc")!.Value, s.Element(Sitemap + "lastmod")?.Value ?? string.Empty))
            .ToList();
}
