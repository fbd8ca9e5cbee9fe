using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Cluster;

/// <summary>
/// A shared service going away under two serving nodes: without Redis they keep serving (and say so) and catch up
/// when it is back; without PostgreSQL every tenant page is a Vietnamese 503 with <c>Retry-After</c>, never a 500
/// nor a hung request, and both nodes serve again by themselves once it is back.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class ClusterOutageTests(ClusterFixture cluster)
{
    [Fact]
    public async Task With_Redis_stopped_both_nodes_serve_say_they_are_degraded_and_catch_up_with_changes_when_it_is_back()
    {
        var nodes = new[] { cluster.A, cluster.B };
        foreach (var node in nodes)
        {
            await node.Client("/hoa-an").GetAsync("/");
        }

        await cluster.Redis.StopAsync();
        string title;
        try
        {
            foreach (var node in nodes)
            {
                var client = node.Client("/hoa-an");
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tim-kiem?q=" + Guid.NewGuid().ToString("N"))).StatusCode);
                var said = await Eventually.ReturnsAsync(() => Task.FromResult(node.Output), o => o.Contains("Redis is unreachable", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
                Assert.Contains("Redis is unreachable", said, StringComparison.Ordinal);
            }

            // Changes made on A meanwhile: a new tenant and a publish. B cannot hear of them yet.
            var created = await cluster.Api(cluster.A).PostAsJsonAsync("/api/tenants", new
            {
                name = "KhiMatRedis", displayName = "Ban Dân vận thử", prefix = "khi-mat-redis", recipe = "district-board",
                adminEmail = "admin@khi-mat-redis.example.vn", adminPassword = OrchardWebApplicationFactory.AdminPassword,
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            title = "Tin đăng khi mất Redis " + Guid.NewGuid().ToString("N")[..8];
            var editor = await ClusterFixture.SignedInAsync(cluster.A, "/hoa-an");
            var saved = await editor.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
            {
                ["Title"] = title, ["BodyHtml"] = "<p>Nội dung.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await cluster.B.Client("/khi-mat-redis").GetAsync("/")).StatusCode);
        }
        finally
        {
            await cluster.Redis.StartAgainAsync();
        }

        // Back: B reloads the tenants and drops what it cached, so both changes reach it.
        var within = TimeSpan.FromSeconds(15);
        var served = await Eventually.ReturnsAsync(() => cluster.B.Client("/khi-mat-redis").GetAsync("/"), r => r.StatusCode == HttpStatusCode.OK, within);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        var page = await Eventually.ReturnsAsync(() => cluster.B.Client("/hoa-an").GetStringAsync("/"), html => html.Contains(title, StringComparison.Ordinal), within);
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains("Redis is reachable again", cluster.B.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_PostgreSQL_stopped_requests_that_need_it_answer_503_with_Retry_After_ready_is_503_and_both_nodes_recover_by_themselves()
    {
        var nodes = new[] { cluster.A, cluster.B };
        var editors = new Dictionary<NodeProcess, TenantClient[]>();
        var signIns = new Dictionary<NodeProcess, (TenantClient Client, string Token)>();
        foreach (var node in nodes)
        {
            editors[node] = [await ClusterFixture.SignedInAsync(node, "/hoa-an"), await ClusterFixture.SignedInAsync(node, string.Empty)];
            var signIn = node.Client("/hoa-an");
            signIns[node] = (signIn, WebUtility.HtmlDecode(TokenPattern().Match(await signIn.GetStringAsync("/login")).Groups[1].Value));
        }

        await cluster.Postgres.StopAsync();
        try
        {
            foreach (var node in nodes)
            {
                var answers = new List<(string What, HttpResponseMessage Response, TimeSpan Took)>();
                foreach (var editor in editors[node])
                {
                    answers.Add(await TimedAsync($"GET {editor.Prefix}/admin/contents", () => editor.GetAsync("/admin/contents")));
                }

                var (client, token) = signIns[node];
                answers.Add(await TimedAsync("POST /hoa-an/login", () => client.Http.PostAsync("/hoa-an/login", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["UserName"] = "admin", ["Password"] = OrchardWebApplicationFactory.AdminPassword,
                }))));

                foreach (var (what, response, took) in answers)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"node {node.Name} {what} answered {(int)response.StatusCode}: {body}");
                    Assert.NotNull(response.Headers.RetryAfter);
                    Assert.Contains("tạm thời không kết nối được", body, StringComparison.Ordinal);
                    Assert.True(took < TimeSpan.FromSeconds(10), $"node {node.Name} {what} took {took}");
                }

                using var probe = new HttpClient { BaseAddress = node.BaseAddress };
                var ready = await Eventually.ReturnsAsync(() => probe.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(15));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            }
        }
        finally
        {
            await cluster.Postgres.StartAgainAsync();
        }

        foreach (var node in nodes)
        {
            Assert.True(node.IsRunning, $"node {node.Name} exited during the outage:\n{node.Output}");
            var editor = editors[node][0];
            var page = await Eventually.ReturnsAsync(() => editor.GetAsync("/admin/contents"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            using var probe = new HttpClient { BaseAddress = node.BaseAddress };
            var ready = await Eventually.ReturnsAsync(() => probe.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            await ClusterFixture.SignedInAsync(node, "/hoa-an");
        }
    }

    private static async Task<(string What, HttpResponseMessage Response, TimeSpan Took)> TimedAsync(string what, Func<Task<HttpResponseMessage>> send)
    {
        var stopwatch = Stopwatch.StartNew();
        var response = await send();
        return (what, response, stopwatch.Elapsed);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
