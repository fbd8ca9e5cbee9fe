using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DanVan.Orchard.Email;
using DanVan.Tenants.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Links in mails and absolute URLs in pages come from the tenant's configured public address, never from the
/// request's Host header; with the portal's address configured, other hosts are refused.
/// </summary>
public sealed class PublicAddressTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Portal = "https://danvan.example.vn";
    private const string Evil = "evil.example";

    private static readonly string[] AbsolutePages =
    [
        "/hoa-an/rss.xml",
        "/hoa-an/chuyen-muc/dan-van-kheo/rss.xml",
        "/hoa-an/sitemap.xml",
        "/hoa-an/robots.txt",
        "/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath,
        "/hoa-an/" + ProvisionedSiteFixture.SampleMeetingPath,
        "/hoa-an/chuyen-muc/dan-van-kheo",
        "/hoa-an/bao-cao-hoi-nghi",
    ];

    private WebApplicationFactory<Program> With(CapturingEmailSender? outbox = null, string? publicBaseUrl = null) =>
        site.WithWebHostBuilder(b =>
        {
            if (publicBaseUrl is not null)
            {
                b.UseSetting("DanVan:PublicBaseUrl", publicBaseUrl);
            }

            if (outbox is not null)
            {
                b.ConfigureTestServices(s => s.AddSingleton<IEmailSender>(outbox));
            }
        });

    private TenantClient ClientOn(WebApplicationFactory<Program> factory, string host, string prefix)
    {
        var http = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}/") });
        return new TenantClient(http, prefix).AnsweringCaptchas(site);
    }

    private static string LinkIn(EmailMessage message) => Regex.Match(message.TextBody, @"https?://\S+").Value;

    [Fact]
    public async Task A_forged_host_does_not_reach_the_password_reset_mail()
    {
        var outbox = new CapturingEmailSender();
        using var factory = With(outbox);
        await site.CreateUserAsync("HoaAn", "gia-mao-host", "Author");

        var asked = await ClientOn(factory, Evil, "/hoa-an").PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "gia-mao-host@example.vn" });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var link = LinkIn(Assert.Single(outbox.Messages));
        Assert.DoesNotContain(Evil, link);
        Assert.StartsWith("http://localhost/hoa-an/account/reset-password?", link);
    }

    [Fact]
    public async Task With_a_configured_portal_the_reset_mail_links_there_and_unknown_hosts_are_refused()
    {
        var outbox = new CapturingEmailSender();
        using var factory = With(outbox, Portal);
        await site.CreateUserAsync("HoaAn", "cong-cau-hinh", "Author");

        var asked = await ClientOn(factory, "danvan.example.vn", "/hoa-an").PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "cong-cau-hinh@example.vn" });
        var evil = await ClientOn(factory, Evil, "/hoa-an").GetAsync("/account/forgot-password");
        var loopback = await ClientOn(factory, "localhost", "/hoa-an").GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.StartsWith($"{Portal}/hoa-an/account/reset-password?", LinkIn(Assert.Single(outbox.Messages)));
        Assert.Equal(HttpStatusCode.BadRequest, evil.StatusCode);
        Assert.Contains("Tên miền không hợp lệ", await evil.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, loopback.StatusCode);
    }

    [Fact]
    public async Task Feeds_sitemaps_robots_and_canonical_links_ignore_the_host_header()
    {
        using var factory = With();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{Evil}/") });

        foreach (var page in AbsolutePages)
        {
            var response = await client.GetAsync(page);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            Assert.DoesNotContain(Evil, body);
            Assert.Contains("http://localhost/hoa-an/", body);
        }
    }

    [Fact]
    public async Task With_a_configured_portal_pages_link_to_it()
    {
        using var factory = With(publicBaseUrl: Portal + "/");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://danvan.example.vn/") });

        foreach (var page in AbsolutePages)
        {
            var body = await client.GetStringAsync(page);

            Assert.Contains($"{Portal}/hoa-an/", body);
            Assert.DoesNotContain("http://danvan.example.vn", body);
        }

        var article = await client.GetStringAsync("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath);
        Assert.Contains($"<link rel=\"canonical\" href=\"{Portal}/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}\"", article);
        Assert.Contains($"\"@id\":\"{Portal}/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}\"", article);
    }

    [Fact]
    public async Task Invitations_from_the_api_and_the_csv_import_use_the_configured_address_not_the_host_header()
    {
        var key = await site.Get<ApiKeyStore>().IssueAsync("kiểm thử địa chỉ", "tests", CancellationToken.None);
        var outbox = new CapturingEmailSender();
        using var factory = With(outbox);
        var api = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{Evil}/") });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var created = await api.PostAsJsonAsync("/api/tenants", new { name = "MoiQuaApi", displayName = "Ban Dân vận Mời qua API", prefix = "moi-qua-api", recipe = "district-board", adminEmail = "admin@moi-qua-api.example.vn" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var invitation = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationLink").GetString()!;
        Assert.StartsWith("http://localhost/moi-qua-api/account/reset-password?", invitation);
        Assert.All(outbox.Messages, m => Assert.DoesNotContain(Evil, m.TextBody));

        var admin = ClientOn(factory, Evil, string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var start = await admin.PostFormAsync("/admin/tenants/import", "/admin/tenants/import/start", new()
        {
            ["csv"] = "name,display_name,prefix_or_host,admin_email,recipe\nMoiQuaCsv,Ban Dân vận Mời qua CSV,moi-qua-csv,admin@moi-qua-csv.example.vn,district-board\n",
        });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var mail = await Eventually.ReturnsAsync(
            () => Task.FromResult(outbox.Messages.FirstOrDefault(m => m.To == "admin@moi-qua-csv.example.vn")),
            m => m is not null, TimeSpan.FromSeconds(60));
        Assert.NotNull(mail);
        Assert.StartsWith("http://localhost/moi-qua-csv/account/reset-password?", LinkIn(mail!));
    }
}
