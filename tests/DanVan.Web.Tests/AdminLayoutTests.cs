using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests;

/// <summary>Every page of an admin controller renders in the admin layout, chosen in one place (AdminLayoutFilter and
/// the root _ViewStart), and pages shown as readers see them (the site, a preview) in the site's.</summary>
[Collection(AdminSiteCollection.Name)]
public sealed class AdminLayoutTests(ProvisionedSiteFixture site)
{
    private const string AdminBody = "<body class=\"admin-body\">";

    private async Task<TenantClient> AdminAsync(string prefix)
    {
        var admin = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return admin;
    }

    [Theory]
    [InlineData("", "/admin")]
    [InlineData("", "/admin/tenants")]
    [InlineData("", "/admin/tenants/create")]
    [InlineData("", "/admin/tenants/dashboard")]
    [InlineData("", "/admin/tenants/import")]
    [InlineData("", "/admin/tenants/api-keys")]
    [InlineData("", "/admin/tenants/feature-profiles")]
    [InlineData("", "/admin/tenants/HoaAn/edit")]
    [InlineData("/hoa-an", "/admin/contents")]
    [InlineData("/hoa-an", "/admin/contents/create/Article")]
    [InlineData("/hoa-an", "/admin/media")]
    [InlineData("/hoa-an", "/admin/users")]
    [InlineData("/hoa-an", "/admin/users/create")]
    [InlineData("/hoa-an", "/admin/features")]
    [InlineData("/hoa-an", "/admin/settings")]
    [InlineData("/hoa-an", "/admin/menu")]
    [InlineData("/hoa-an", "/admin/audit")]
    public async Task Admin_pages_of_every_module_render_in_the_admin_layout(string prefix, string path)
    {
        var admin = await AdminAsync(prefix);

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(AdminBody, page);
        Assert.Single(Regex.Matches(page, "<html"));
    }

    [Fact]
    public async Task Reader_pages_and_the_preview_of_an_item_render_in_the_site_layout()
    {
        var admin = await AdminAsync("/hoa-an");
        var list = await admin.GetStringAsync("/admin/contents?type=Article");
        var id = Regex.Match(list, "/hoa-an/admin/contents/([^/\"]+)/edit").Groups[1].Value;
        Assert.NotEmpty(id);

        var preview = await admin.GetStringAsync($"/admin/contents/{id}/preview");
        var home = await site.Client("/hoa-an").GetStringAsync("/");

        foreach (var page in new[] { preview, home })
        {
            Assert.DoesNotContain(AdminBody, page);
            Assert.Contains("<body>", page);
        }
    }

    [Fact]
    public void No_module_sets_the_admin_layout_in_a_view_start_of_its_own()
    {
        var modules = OrchardWebApplicationFactory.RepositoryFolder(Path.Combine("src", "Modules"));

        var copies = Directory.EnumerateFiles(modules, "_ViewStart.cshtml", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") &&
                           !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(file => File.ReadAllText(file).Contains("_AdminLayout", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(copies);
    }
}
