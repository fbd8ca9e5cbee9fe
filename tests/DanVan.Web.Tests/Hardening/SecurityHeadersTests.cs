using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Every response carries a Content-Security-Policy the themes satisfy, nosniff and a referrer policy; admin and
/// account pages may not be framed at all; X-Forwarded-* is believed only from configured proxies.
/// </summary>
public sealed partial class SecurityHeadersTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string, bool> Pages => new()
    {
        { "/hoa-an/", false },
        { "/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath, false },
        { "/hoa-an/chuyen-muc/dan-van-kheo", false },
        { "/hoa-an/rss.xml", false },
        { "/hoa-an/trang-khong-ton-tai", false },
        { "/hoa-an/media/tai-lieu/bao-cao-quy-iii-2026.pdf", false },
        { "/hoa-an/login", true },
        { "/hoa-an/account/forgot-password", true },
        { "/login", true },
        { "/admin", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_answer_has_the_security_headers(string path, bool isPrivate)
    {
        var response = await _client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains(isPrivate ? "frame-ancestors 'none'" : "frame-ancestors 'self'", csp);
        Assert.Equal(isPrivate ? "DENY" : "SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Static_assets_and_cached_pages_have_them_too()
    {
        var home = await _client.GetStringAsync("/hoa-an/");
        var stylesheet = StyleSheet().Match(home).Groups[1].Value;
        Assert.NotEmpty(stylesheet);

        var asset = await _client.GetAsync(stylesheet);
        var cached = await _client.GetAsync("/hoa-an/");

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("nosniff", Header(asset, "X-Content-Type-Options"));
        Assert.NotNull(cached.Headers.ETag); // a page the cache stored (PageCacheTests, OutputCacheQueryTests show the hits)
        Assert.Contains("default-src 'self'", Header(cached, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/hoa-an/")]
    [InlineData("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath)]
    [InlineData("/hoa-an/" + ProvisionedSiteFixture.SampleMeetingPath)]
    [InlineData("/hoa-an/chuyen-muc/dan-van-kheo")]
    [InlineData("/hoa-an/bao-cao-hoi-nghi")]
    [InlineData("/hoa-an/login")]
    public async Task Public_pages_have_no_inline_script_or_style(string path)
    {
        var html = await (await _client.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" style=\"", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotMatch(EventHandler(), html);
    }

    [Theory]
    [InlineData("/hoa-an", "/admin/contents/create/Article")]
    [InlineData("/hoa-an", "/admin/settings")]
    [InlineData("/hoa-an", "/admin/users/create")]
    [InlineData("", "/admin/tenants/create")]
    public async Task Admin_forms_have_no_inline_style(string prefix, string path)
    {
        var admin = site.Client(prefix);
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var html = await admin.GetStringAsync(path);

        Assert.DoesNotContain(" style=\"", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotMatch(InlineScript(), html);
    }

    [Fact]
    public async Task Status_pages_style_themselves_with_the_responses_nonce()
    {
        await site.Get<DanVan.Orchard.Tenancy.TenantManager>().DisableAsync("TraLinh", CancellationToken.None);
        try
        {
            var response = await _client.GetAsync("/tra-linh/");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var nonce = WebUtility.HtmlDecode(Regex.Match(html, "<style nonce=\"([^\"]+)\">").Groups[1].Value);
            Assert.NotEmpty(nonce);
            Assert.Contains($"style-src 'self' 'nonce-{nonce}'", Header(response, "Content-Security-Policy"));
        }
        finally
        {
            await site.Get<DanVan.Orchard.Tenancy.TenantManager>().EnableAsync("TraLinh", CancellationToken.None);
        }
    }

    [Fact]
    public async Task The_setup_page_styles_itself_with_the_responses_nonce_and_cannot_be_framed()
    {
        using var fresh = new OrchardWebApplicationFactory();

        var response = await fresh.CreateClient().GetAsync("/setup");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nonce = WebUtility.HtmlDecode(Regex.Match(html, "<style nonce=\"([^\"]+)\">").Groups[1].Value);
        Assert.NotEmpty(nonce);
        Assert.Contains($"'nonce-{nonce}'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Forwarded_proto_is_believed_only_from_a_configured_proxy()
    {
        const string proxy = "10.20.30.40";
        using var behindProxy = site.WithWebHostBuilder(b =>
        {
            b.UseSetting("DanVan:ForwardedHeaders:KnownProxies:0", proxy);
            b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteAddress(proxy)));
        });
        using var direct = site.WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteAddress(proxy))));

        var viaProxy = await LoginPageAsync(behindProxy.CreateClient(new() { AllowAutoRedirect = false }));
        var spoofed = await LoginPageAsync(direct.CreateClient(new() { AllowAutoRedirect = false }));

        Assert.Contains(viaProxy.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age=", Header(viaProxy, "Strict-Transport-Security"));
        Assert.DoesNotContain(spoofed.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
    }

    private static Task<HttpResponseMessage> LoginPageAsync(HttpClient client) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://danvan.example.vn/hoa-an/login") { Headers = { { "X-Forwarded-Proto", "https" } } });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri}: no {name} header ({(int)response.StatusCode})");

    /// <summary>Makes requests look as if they came from <paramref name="address"/> (the test server has no connection).</summary>
    private sealed class RemoteAddress(string address) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(following => context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return following(context);
            });
            next(app);
        };
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+=\"")]
    private static partial Regex EventHandler();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+\\.css)\"")]
    private static partial Regex StyleSheet();
}
