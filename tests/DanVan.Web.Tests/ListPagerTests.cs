using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>The one pager of the admin and public lists: links that work, keep the list's filters, and any
/// <c>?page=</c> answering a page of the list rather than an error.</summary>
[Collection(AdminSiteCollection.Name)]
public sealed partial class ListPagerTests(ProvisionedSiteFixture site) : IAsyncLifetime
{
    private const string Search = "phan-trang-nd";

    public async Task InitializeAsync()
    {
        var exists = false;
        await site.InTenantAsync("HoaAn", async services =>
            exists = await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(Search + "-01") is not null);
        for (var i = 1; !exists && i <= 30; i++)
        {
            await site.CreateUserAsync("HoaAn", $"{Search}-{i:00}", null);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<TenantClient> AdminAsync(string prefix = "/hoa-an")
    {
        var admin = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return admin;
    }

    private static string? Current(string page) => CurrentPage().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    private static string Link(string page, string rel)
    {
        var match = Regex.Match(page, $"<a [^>]*href=\"([^\"]+)\"[^>]*rel=\"{rel}\"");
        Assert.True(match.Success, $"no {rel} link in the pager");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task The_users_list_pages_with_links_that_keep_the_search_and_lead_to_the_other_page()
    {
        var admin = await AdminAsync();

        var first = await admin.GetStringAsync($"/admin/users?q={Search}");
        Assert.Equal("1", Current(first));
        Assert.Contains($"{Search}-25<", first);
        Assert.DoesNotContain($"{Search}-26<", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        var next = Link(first, "next");
        Assert.Equal($"/hoa-an/admin/users?q={Search}&page=2", next);

        var second = await admin.Http.GetStringAsync(next);
        Assert.Equal("2", Current(second));
        Assert.Contains($"{Search}-26<", second);
        Assert.Contains($"{Search}-30<", second);
        Assert.Equal($"/hoa-an/admin/users?q={Search}", Link(second, "prev"));
        Assert.DoesNotContain("rel=\"next\"", second);
    }

    [Theory]
    [InlineData("-1", "1")]
    [InlineData("0", "1")]
    [InlineData("abc", "1")]
    [InlineData("99999999999", "1")]
    [InlineData("1000", "2")]
    [InlineData("2", "2")]
    public async Task A_bad_page_number_shows_the_first_or_the_last_page(string asked, string shown)
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync($"/admin/users?q={Search}&page={asked}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(shown, Current(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Links_keep_the_filters_the_page_reads_and_drop_other_query_values()
    {
        var admin = await AdminAsync();

        var page = await admin.GetStringAsync($"/admin/users?q={Search}&utm_source=thu&page=1");

        Assert.Equal($"/hoa-an/admin/users?q={Search}&page=2", Link(page, "next"));
    }

    [Theory]
    [InlineData("", "/admin/tenants?page=abc")]
    [InlineData("", "/admin/tenants?page=-3")]
    [InlineData("/hoa-an", "/admin/contents?page=abc")]
    [InlineData("/hoa-an", "/admin/contents?page=2147483647")]
    [InlineData("/hoa-an", "/admin/audit?page=-5")]
    [InlineData("/hoa-an", "/admin/audit?page=99999999999")]
    public async Task Every_admin_list_answers_a_bad_page_number_with_a_page(string prefix, string path)
    {
        var admin = await AdminAsync(prefix);

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("<span [^>]*aria-current=\"page\"[^>]*>(\\d+)</span>")]
    private static partial Regex CurrentPage();
}
