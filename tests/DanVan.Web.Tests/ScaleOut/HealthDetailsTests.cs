using System.Net;
using System.Text.Json;
using DanVan.Orchard.Health;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// /health/ready tells anyone but an operator on the node only the overall status: not which services the node uses
/// nor which is down. A request from elsewhere, with no address, or forwarded by a proxy on the node itself (it
/// connects from loopback too) is not the operator's; no caller ever gets a check's error text or address.
/// </summary>
public sealed class HealthDetailsTests : IDisposable
{
    private const string Secret = "http://cache-noi-bo.example.vn:6379";

    private readonly OrchardWebApplicationFactory root = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> site;

    public HealthDetailsTests() =>
        site = root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddHealthChecks().AddCheck(
            "cache", () => HealthCheckResult.Degraded($"no answer from {Secret}", new InvalidOperationException($"refused by {Secret}")), [HealthTags.Ready])));

    public void Dispose()
    {
        site.Dispose();
        root.Dispose();
    }

    [Fact]
    public async Task A_caller_without_an_address_or_from_elsewhere_gets_only_the_overall_status()
    {
        foreach (var client in new[] { site.CreateClient(), NodeOperatorClient.From(site, IPAddress.Parse("203.0.113.7")), NodeOperatorClient.From(site, IPAddress.Parse("2001:db8::7")) })
        {
            var ready = await client.GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("""{"status":"Degraded"}""", await ready.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_request_a_proxy_on_the_node_forwarded_or_sent_to_a_public_host_name_gets_only_the_overall_status()
    {
        var local = NodeOperatorClient.Create(site);
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var publicHost = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        publicHost.Headers.Host = "danvan.example.vn";

        foreach (var request in new[] { forwarded, publicHost })
        {
            var ready = await local.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("""{"status":"Degraded"}""", await ready.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_operator_on_the_node_gets_each_checks_status_but_never_its_error_text()
    {
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback, IPAddress.Loopback.MapToIPv6() })
        {
            var ready = await NodeOperatorClient.From(site, address).GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = await ready.Content.ReadAsStringAsync();
            Assert.DoesNotContain("cache-noi-bo", body, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
            var checks = json.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
            Assert.Equal(new Dictionary<string, string?> { ["tenant-store"] = "Healthy", ["database"] = "Healthy", ["cache"] = "Degraded" }, checks);
        }
    }

    [Fact]
    public async Task With_the_operators_checks_turned_off_even_a_loopback_request_gets_only_the_overall_status()
    {
        using var closed = site.WithWebHostBuilder(b => b.UseSetting("DanVan:Health:ChecksForLocalOperator", "false"));

        var ready = await NodeOperatorClient.Create(closed).GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("""{"status":"Degraded"}""", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Live_answers_anyone_with_the_status_only()
    {
        var live = await site.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("""{"status":"Healthy"}""", await live.Content.ReadAsStringAsync());
    }
}
