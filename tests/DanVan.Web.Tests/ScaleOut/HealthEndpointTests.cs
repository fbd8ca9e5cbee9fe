using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using System.Text.Json;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// /health/live and /health/ready for a load balancer: not a tenant's page (the portal, not set up, would show its
/// setup page), never cached, HEAD works; each check's status (and nothing else) only for an operator on the node, the
/// overall status for anyone else; Redis, the blob store and the mail server down leave it 200 "Degraded" (pages serve
/// without them), so their outage never empties the load balancer.
/// </summary>
public sealed class HealthEndpointTests(RedisNodeFixture fixture) : IClassFixture<RedisNodeFixture>
{
    [Fact]
    public async Task Live_answers_200_and_ready_lists_each_check_without_details_to_an_operator_on_the_node()
    {
        var client = NodeOperatorClient.Create(fixture.Node);

        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.True(live.Headers.CacheControl?.NoStore);

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(ready.Headers.CacheControl?.NoStore);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(new Dictionary<string, string?> { ["tenant-store"] = "Healthy", ["database"] = "Healthy", ["redis"] = "Healthy" }, checks);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health/ready"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Ready_stays_200_but_degraded_while_Redis_is_down_and_healthy_when_it_is_back_while_live_stays_200()
    {
        var client = NodeOperatorClient.Create(fixture.Node);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await fixture.Redis.StopAsync();
        try
        {
            var (status, body) = await Eventually.ReturnsAsync(() => ReadyAsync(client), r => r.Status != HttpStatusCode.OK || r.Body.Contains("Degraded", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            Assert.Equal(HttpStatusCode.OK, status);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
            Assert.Equal("Degraded", json.RootElement.GetProperty("checks").GetProperty("redis").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await fixture.Redis.StartAgainAsync();
        }

        var back = await Eventually.ReturnsAsync(() => ReadyAsync(client), r => r.Body.Contains("\"status\":\"Healthy\"", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("\"status\":\"Healthy\"", back.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_Redis_ready_checks_the_tenant_store_and_the_portal_database()
    {
        using var single = new OrchardWebApplicationFactory();
        var ready = await NodeOperatorClient.Create(single).GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal(["database", "tenant-store"], json.RootElement.GetProperty("checks").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_mail_server_that_refuses_connections_makes_ready_degraded_but_still_200()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var root = new OrchardWebApplicationFactory();
        using var site = root.WithWebHostBuilder(b => b
            .UseSetting("DanVan:Email:Smtp:Host", "127.0.0.1")
            .UseSetting("DanVan:Email:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var ready = await NodeOperatorClient.Create(site).GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await CheckAsync(ready, "smtp"));
    }

    [Fact]
    public async Task A_blob_store_that_does_not_answer_makes_ready_degraded_but_still_200()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        // Azurite's documented development account, at a port where nothing listens.
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1";
        using var root = new OrchardWebApplicationFactory();
        using var site = root.WithWebHostBuilder(b => b.UseSetting("DanVan:Media:AzureBlob:ConnectionString", connection));

        var ready = await NodeOperatorClient.Create(site).GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await CheckAsync(ready, "media"));
        Assert.DoesNotContain("devstoreaccount1", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response, string check)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").GetProperty(check).GetString();
    }
}
