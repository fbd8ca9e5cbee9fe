using System.Net;
using DanVan.Orchard.Email;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

[Collection(AdminSiteCollection.Name)]
public sealed class IdentityTests(ProvisionedSiteFixture site)
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    [Fact]
    public async Task Administrator_logs_in_reaches_the_admin_and_logs_out()
    {
        var admin = site.Client("/hoa-an");

        var login = await admin.LoginAsync("admin", Password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/hoa-an/admin", TenantClient.Location(login));
        var dashboard = await admin.GetStringAsync("/admin");
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", dashboard);
        Assert.Contains("Nội dung", dashboard);

        var logout = await admin.PostFormAsync("/admin", "/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_admin_requests_go_to_the_login_page_of_the_same_tenant()
    {
        var response = await site.Client("/tra-linh").GetAsync("/admin/contents");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/tra-linh/login?ReturnUrl=%2Ftra-linh%2Fadmin%2Fcontents", TenantClient.Location(response));
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_five_failures_lock_the_account()
    {
        await site.CreateUserAsync("HoaAn", "khoa-thu", "Editor");
        var client = site.Client("/hoa-an");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.LoginAsync("khoa-thu", "sai-mat-khau-1");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var locked = await client.LoginAsync("khoa-thu", Password);
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("tài khoản đang bị khóa", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cookie_of_the_default_tenant_does_not_authenticate_on_a_district_prefix()
    {
        var client = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("admin", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        // Same client, same cookie jar: the Default tenant's cookie (path "/") is sent along to /hoa-an.
        var district = await client.Http.GetAsync("/hoa-an/admin");

        Assert.Equal(HttpStatusCode.Redirect, district.StatusCode);
        Assert.StartsWith("/hoa-an/login", TenantClient.Location(district));
    }

    [Theory]
    [InlineData("/hoa-an", "HoaAn", "/tra-linh", "TraLinh")]
    [InlineData("/tra-linh", "TraLinh", "", "Default")]
    [InlineData("", "Default", "/hoa-an", "HoaAn")]
    public async Task A_replayed_cookie_is_refused_by_any_other_tenant(string fromPrefix, string fromTenant, string toPrefix, string toTenant)
    {
        var victim = site.Client(fromPrefix);
        var login = await victim.LoginAsync("admin", Password);
        var cookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith($"danvan_auth.{fromTenant}=", StringComparison.Ordinal));
        var value = cookie.Split(';')[0].Split('=', 2)[1];

        using var request = new HttpRequestMessage(HttpMethod.Get, toPrefix + "/admin");
        request.Headers.Add("Cookie", $"danvan_auth.{toTenant}={value}");
        var replay = await site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith(toPrefix + "/login", TenantClient.Location(replay));
    }

    [Fact]
    public async Task Forgotten_password_sends_a_link_that_sets_a_new_password_once()
    {
        var outbox = new CapturingEmailSender();
        using var withOutbox = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEmailSender>(outbox)));
        await site.CreateUserAsync("TraLinh", "quen-mat-khau", "Author");
        var client = new TenantClient(withOutbox.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh").AnsweringCaptchas(site);

        var asked = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "quen-mat-khau@example.vn" });
        var unknown = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "khong-co@example.vn" });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        var message = Assert.Single(outbox.Messages);
        Assert.Equal("quen-mat-khau@example.vn", message.To);
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(message.TextBody, @"https?://\S+").Value);
        Assert.StartsWith("/tra-linh/account/reset-password", link.AbsolutePath);

        var page = link.PathAndQuery[client.Prefix.Length..];
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        var fields = new Dictionary<string, string>
        {
            ["UserId"] = query["userId"]!, ["Code"] = query["code"]!, ["Password"] = "mat-khau-moi-2026", ["ConfirmPassword"] = "mat-khau-moi-2026",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, "/account/reset-password", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostFormAsync(page, "/account/reset-password", fields)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("quen-mat-khau", "mat-khau-moi-2026")).StatusCode);
    }

    [Fact]
    public async Task Short_passwords_are_refused_with_a_vietnamese_message()
    {
        await site.CreateUserAsync("HoaAn", "doi-mat-khau", "Author");
        var client = site.Client("/hoa-an");
        await client.LoginAsync("doi-mat-khau", Password);

        var response = await client.PostFormAsync("/account/change-password", "/account/change-password", new()
        {
            ["CurrentPassword"] = Password, ["NewPassword"] = "ngan1", ["ConfirmPassword"] = "ngan1",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await response.Content.ReadAsStringAsync());
    }

    private sealed class CapturingEmailSender : IEmailSender
    {
        public List<EmailMessage> Messages { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            lock (Messages)
            {
                Messages.Add(message);
            }

            return Task.CompletedTask;
        }
    }
}
