using System.Net;

namespace DanVan.Web.Tests.Hardening;

/// <summary>After signing in, the return URL is followed only inside the same tenant, and may hold Vietnamese text.</summary>
[Collection(AdminSiteCollection.Name)]
public sealed class ReturnUrlTests(ProvisionedSiteFixture site)
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    private static Task<HttpResponseMessage> SignInAsync(TenantClient client, string returnUrl) =>
        client.PostFormAsync("/login", "/login", new() { ["UserName"] = "admin", ["Password"] = Password, ["ReturnUrl"] = returnUrl });

    [Fact]
    public async Task The_login_page_with_a_non_ascii_return_url_is_shown()
    {
        var page = await site.Client("/hoa-an").GetAsync("/login?ReturnUrl=/hoa-an/tin-tuc/%E1%BA%A3nh");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"/hoa-an/tin-tuc/ảnh\"", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/hoa-an/tin-tuc/ảnh")]
    [InlineData("/hoa-an/tin-tuc/%E1%BA%A3nh")]
    public async Task A_non_ascii_return_url_is_followed_percent_encoded(string returnUrl)
    {
        var response = await SignInAsync(site.Client("/hoa-an"), returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hoa-an/tin-tuc/%E1%BA%A3nh", TenantClient.Location(response));
    }

    [Fact]
    public async Task A_return_url_of_the_same_tenant_keeps_its_query()
    {
        var response = await SignInAsync(site.Client("/hoa-an"), "/hoa-an/admin/contents?type=Article&q=dân vận");

        Assert.Equal("/hoa-an/admin/contents?type=Article&q=d%C3%A2n%20v%E1%BA%ADn", TenantClient.Location(response));
    }

    [Theory]
    [InlineData("//evil.example/dang-nhap")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/tra-linh/admin")]
    [InlineData("/admin")]
    [InlineData("/hoa-an/admin\r\nSet-Cookie: x=y")]
    public async Task Anything_else_leads_to_the_tenants_admin(string returnUrl)
    {
        var response = await SignInAsync(site.Client("/hoa-an"), returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hoa-an/admin", TenantClient.Location(response));
    }

    [Fact]
    public async Task On_the_portal_a_district_path_is_not_followed()
    {
        var response = await SignInAsync(site.Client(string.Empty), "/hoa-an/admin");

        Assert.Equal("/admin", TenantClient.Location(response));
    }

    [Theory]
    [InlineData("/tra-linh/admin")]
    [InlineData("//evil.example/x")]
    public async Task A_content_action_returns_only_inside_its_own_tenant(string returnUrl)
    {
        var admin = site.Client("/hoa-an");
        await admin.LoginAsync("admin", Password);
        var created = await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Bài để gỡ rồi quay về", ["BodyHtml"] = "<p>Nội dung.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
        });
        var edit = TenantClient.Location(created)[admin.Prefix.Length..];

        var unpublished = await admin.PostFormAsync(edit, edit.Replace("/edit", "/unpublish", StringComparison.Ordinal), new() { ["returnUrl"] = returnUrl, ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal("/hoa-an/admin/contents", TenantClient.Location(unpublished));
    }
}
