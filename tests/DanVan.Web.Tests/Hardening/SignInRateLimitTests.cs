using System.Net;

namespace DanVan.Web.Tests.Hardening;

/// <summary>The sign-in and forgotten-password forms are rate-limited per tenant and client address.</summary>
public sealed class SignInRateLimitTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task The_sign_in_post_over_the_limit_answers_429_and_another_tenant_is_not_affected()
    {
        using var limited = site.WithWebHostBuilder(b => b
            .UseSetting("DanVan:RateLimits:SignIn:PermitLimit", "3")
            .UseSetting("DanVan:RateLimits:SignIn:Window", "00:10:00"));
        var hoaAn = new TenantClient(limited.CreateClient(new() { AllowAutoRedirect = false }), "/hoa-an");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await hoaAn.LoginAsync("khong-co-ai", "doan-mat-khau-" + attempt)).StatusCode);
        }

        var refused = await hoaAn.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Contains("quá nhiều lần", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await hoaAn.GetAsync("/login")).StatusCode);

        var traLinh = new TenantClient(limited.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh");
        Assert.Equal(HttpStatusCode.Redirect, (await traLinh.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task The_forgotten_password_post_over_the_limit_answers_429()
    {
        using var limited = site.WithWebHostBuilder(b => b
            .UseSetting("DanVan:RateLimits:ForgotPassword:PermitLimit", "2")
            .UseSetting("DanVan:RateLimits:ForgotPassword:Window", "00:15:00"));
        var client = new TenantClient(limited.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh").AnsweringCaptchas(site);

        Task<HttpResponseMessage> AskAsync() =>
            client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "ai-do@example.vn" });

        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync()).StatusCode);
        var refused = await AskAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
    }

    [Fact]
    public void By_default_ten_sign_ins_a_minute_and_five_password_requests_in_fifteen_minutes()
    {
        var defaults = new DanVan.Users.RateLimiting.AccountRateLimitOptions();

        Assert.Equal((10, TimeSpan.FromMinutes(1)), (defaults.SignIn.PermitLimit, defaults.SignIn.Window));
        Assert.Equal((5, TimeSpan.FromMinutes(15)), (defaults.ForgotPassword.PermitLimit, defaults.ForgotPassword.Window));
    }
}
