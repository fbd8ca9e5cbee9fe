using System.Net;
using System.Text.RegularExpressions;
using DanVan.Orchard.Tenancy;
using DanVan.Setup.Services;
using DanVan.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>First start: no tenant set up; the setup page, guarded by the one-time token, sets up the Default tenant.</summary>
public sealed partial class SetupPageTests : IDisposable
{
    private readonly OrchardWebApplicationFactory _site = new();
    private readonly HttpClient _client;

    public SetupPageTests()
    {
        _client = _site.CreateClient(new() { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task A_fresh_site_sends_readers_to_the_setup_page()
    {
        var home = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);
        var page = await _client.GetStringAsync("/setup");
        Assert.Contains("Cài đặt trang thông tin", page);
        Assert.Contains("province-portal", page);
    }

    [Fact]
    public async Task Setup_without_the_token_is_refused_and_changes_nothing()
    {
        var response = await PostSetupAsync("sai-ma-cai-dat");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mã cài đặt không đúng", await response.Content.ReadAsStringAsync());
        Assert.Equal(TenantState.Uninitialized, (await _site.Get<TenantManager>().FindAsync("Default", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Setup_without_the_antiforgery_token_is_refused()
    {
        var response = await _client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = _site.Get<SetupToken>().Value!,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TenantState.Uninitialized, (await _site.Get<TenantManager>().FindAsync("Default", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Setup_with_the_token_sets_up_the_portal_and_a_hashed_administrator_once()
    {
        var response = await PostSetupAsync(_site.Get<SetupToken>().Value!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);
        Assert.Contains("Cổng thông tin thử nghiệm", await _client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/setup")).StatusCode);
        Assert.Null(_site.Get<SetupToken>().Value);

        await _site.InTenantAsync("Default", async services =>
        {
            var user = await services.GetRequiredService<UsersDbContext>().Users.SingleAsync();
            Assert.Equal("admin@example.vn", user.Email);
            Assert.NotNull(user.PasswordHash);
            Assert.DoesNotContain(OrchardWebApplicationFactory.AdminPassword, user.PasswordHash);
            var verdict = new PasswordHasher<IdentityUser>().VerifyHashedPassword(user, user.PasswordHash!, OrchardWebApplicationFactory.AdminPassword);
            Assert.Equal(PasswordVerificationResult.Success, verdict);
            Assert.True(await services.GetRequiredService<UserManager<IdentityUser>>().IsInRoleAsync(user, "Administrator"));
        });
    }

    public void Dispose() => _site.Dispose();

    private async Task<HttpResponseMessage> PostSetupAsync(string token)
    {
        var form = await _client.GetStringAsync("/setup");
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        return await _client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["SiteName"] = "Cổng thông tin thử nghiệm",
            ["RecipeName"] = "province-portal",
            ["AdminUserName"] = "admin",
            ["AdminEmail"] = "admin@example.vn",
            ["AdminPassword"] = OrchardWebApplicationFactory.AdminPassword,
            ["ConfirmPassword"] = OrchardWebApplicationFactory.AdminPassword,
            ["Token"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
