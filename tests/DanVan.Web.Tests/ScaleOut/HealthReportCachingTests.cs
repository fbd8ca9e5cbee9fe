using System.Globalization;
using System.Net;
using System.Text.Json;
using DanVan.Orchard.Health;
using DanVan.Web.Tests.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// /health/ready does bounded work however often it is asked: the report is computed once per couple of seconds, and
/// the mail server is spoken to (in SMTP, not a bare connection) at most once a minute, or not at all while the
/// outbox's last hand-over to it is recent. The health checks run on a clock the tests move.
/// </summary>
public sealed class HealthReportCachingTests
{
    [Fact]
    public async Task The_report_is_computed_once_per_period_however_many_ask_at_once_or_one_after_another()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var runs = 0;
        using var root = new OrchardWebApplicationFactory();
        using var site = root.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddKeyedSingleton<TimeProvider>(HealthTags.ClockKey, clock);
            s.AddHealthChecks().AddCheck("counting", () =>
            {
                Interlocked.Increment(ref runs);
                return HealthCheckResult.Healthy();
            }, [HealthTags.Ready]);
        }));
        var client = site.CreateClient();

        var flood = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/health/ready")));
        Assert.All(flood, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }

        Assert.Equal(1, runs);

        clock.Advance(HealthTags.ReportCachedFor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task The_mail_server_is_spoken_to_at_most_once_a_minute_and_its_outage_leaves_ready_200_degraded()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var smtp = new LoopbackSmtpServer();
        smtp.Start();
        using var root = new OrchardWebApplicationFactory();
        using var site = root.WithWebHostBuilder(b => b
            .UseSetting("DanVan:Email:Smtp:Host", "127.0.0.1")
            .UseSetting("DanVan:Email:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture))
            .UseSetting("DanVan:Email:Smtp:EncryptionMethod", "None")
            .UseSetting("DanVan:Email:Smtp:UserName", LoopbackSmtpServer.UserName)
            .UseSetting("DanVan:Email:Smtp:Password", LoopbackSmtpServer.GoodPassword)
            .ConfigureTestServices(s => s.AddKeyedSingleton<TimeProvider>(HealthTags.ClockKey, clock)));
        var client = NodeOperatorClient.Create(site);

        Assert.Equal("Healthy", await SmtpCheckAsync(client));
        Assert.Equal(1, smtp.Sessions);

        // Past the report's cache, within the minute: answered from what was seen, no new connection.
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("Healthy", await SmtpCheckAsync(client));
        Assert.Equal(1, smtp.Sessions);

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("Healthy", await SmtpCheckAsync(client));
        Assert.Equal(2, smtp.Sessions);

        await smtp.StopAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        var down = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        Assert.Equal("Degraded", await CheckAsync(down, "smtp"));
    }

    private static async Task<string?> SmtpCheckAsync(HttpClient client) => await CheckAsync(await client.GetAsync("/health/ready"), "smtp");

    private static async Task<string?> CheckAsync(HttpResponseMessage response, string check)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").GetProperty(check).GetString();
    }
}
