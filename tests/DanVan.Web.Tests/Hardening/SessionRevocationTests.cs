using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>Disabling, role changes, password changes and sign-out count from the user's very next request.</summary>
public sealed class SessionRevocationTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    private async Task<TenantClient> SignedInAsync(string userName, string password = Password)
    {
        var client = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, password)).StatusCode);
        return client;
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/hoa-an/login", TenantClient.Location(response));
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden ||
        (response.StatusCode == HttpStatusCode.Redirect && TenantClient.Location(response).Contains("/account/denied", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> PublishArticleAsync(TenantClient client, string title) =>
        client.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = title,
            ["Path"] = string.Empty,
            ["BodyHtml"] = "<p>Nội dung.</p>",
            ["f.Article.Summary"] = "Tóm tắt.",
            ["f.Article.Tags"] = string.Empty,
            ["submit"] = "publish",
        });

    [Fact]
    public async Task A_disabled_user_is_sent_to_the_login_page_on_the_next_request()
    {
        var id = await site.CreateUserAsync("HoaAn", "se-bi-vo-hieu", "Editor");
        var user = await SignedInAsync("se-bi-vo-hieu");
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/admin/contents")).StatusCode);

        var admin = await SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/disable", [])).StatusCode);

        AssertSentToLogin(await user.GetAsync("/admin/contents"));
    }

    [Fact]
    public async Task A_demoted_editor_cannot_publish_on_the_next_request()
    {
        var id = await site.CreateUserAsync("HoaAn", "bien-tap-ha-cap", "Editor");
        var editor = await SignedInAsync("bien-tap-ha-cap");
        Assert.False(Refused(await PublishArticleAsync(editor, "Bài đăng khi còn là biên tập viên")));

        var admin = await SignedInAsync("admin");
        var demoted = await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/edit", new()
        {
            ["Email"] = "bien-tap-ha-cap@example.vn", ["Roles"] = "Contributor",
        });
        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);

        Assert.True(Refused(await PublishArticleAsync(editor, "Bài đăng sau khi bị hạ vai trò")));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client("/hoa-an").GetAsync("/tin-tuc/bai-dang-sau-khi-bi-ha-vai-tro")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_captured_before_logout_is_refused_after_it()
    {
        await site.CreateUserAsync("HoaAn", "dang-xuat", "Author");
        var client = site.Client("/hoa-an");
        var login = await client.LoginAsync("dang-xuat", Password);
        var cookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("danvan_auth.HoaAn=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await Replay(cookie)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/admin", "/logout", [])).StatusCode);

        AssertSentToLogin(await Replay(cookie));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        await site.CreateUserAsync("HoaAn", "hai-may", "Author");
        var laptop = await SignedInAsync("hai-may");
        var phone = await SignedInAsync("hai-may");

        var changed = await laptop.PostFormAsync("/account/change-password", "/account/change-password", new()
        {
            ["CurrentPassword"] = Password, ["NewPassword"] = "mat-khau-moi-hai-may-1", ["ConfirmPassword"] = "mat-khau-moi-hai-may-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        AssertSentToLogin(await phone.GetAsync("/admin"));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_link_does_not_enable_a_disabled_account()
    {
        var id = await site.CreateUserAsync("HoaAn", "vo-hieu-dat-lai", "Author");
        var admin = await SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/disable", [])).StatusCode);
        var code = string.Empty;
        await site.InTenantAsync("HoaAn", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            code = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(id))!);
        });

        var client = site.Client("/hoa-an");
        var reset = await client.PostFormAsync("/account/forgot-password", "/account/reset-password", new()
        {
            ["UserId"] = id, ["Code"] = code, ["Password"] = "mat-khau-dat-lai-3", ["ConfirmPassword"] = "mat-khau-dat-lai-3",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.LoginAsync("vo-hieu-dat-lai", "mat-khau-dat-lai-3")).StatusCode);
    }

    private async Task<HttpResponseMessage> Replay(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hoa-an/admin");
        request.Headers.Add("Cookie", cookie);
        return await site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
    }
}
