using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace DanVan.Web.Tests.Cluster;

/// <summary>
/// The cluster's hard moments: both nodes started at once on a tenant whose database needs a migration (a new build
/// that adds a module's tables), and node A killed (<c>kill -9</c>) in the middle of a tenant setup.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class ClusterStartAndKillTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Both_nodes_started_at_once_on_a_tenant_with_a_pending_migration_run_it_once_and_both_serve_the_tenant()
    {
        Assert.Equal(HttpStatusCode.Created, (await cluster.Api(cluster.A).PostAsJsonAsync("/api/tenants", Tenant("NangCap", "nang-cap", "district-board"))).StatusCode);
        await Task.WhenAll(cluster.A.KillAsync(), cluster.B.KillAsync());

        // As a database an older build left: without the audit trail's tables, and not marked as migrated by this build.
        await ExecuteAsync("""
            DROP TABLE t_nangcap."AuditTrailEvents";
            DELETE FROM t_nangcap."__Migrations_AuditTrail";
            DELETE FROM t_nangcap."Documents" WHERE "Id" = 'TenantMigrationMark';
            """);

        // The server logs every DDL statement from here: a second run of the migration would show as a second CREATE.
        await ExecuteAsync("ALTER SYSTEM SET log_statement = 'ddl'");
        await ExecuteAsync("SELECT pg_reload_conf()");
        var logStart = new FileInfo(cluster.Postgres.LogFile).Length;

        try
        {
            cluster.A.Start();
            cluster.B.Start();
            await Task.WhenAll(cluster.A.WaitUntilListeningAsync(), cluster.B.WaitUntilListeningAsync());
            var first = await Task.WhenAll(cluster.A.Client("/nang-cap").GetAsync("/"), cluster.B.Client("/nang-cap").GetAsync("/"));

            // One node migrates; the other waits for its lock (or answers 503 with Retry-After if that takes too long).
            foreach (var response in first)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null),
                    $"first request answered {(int)response.StatusCode}");
            }

            foreach (var node in new[] { cluster.A, cluster.B })
            {
                var served = await Eventually.ReturnsAsync(() => node.Client("/nang-cap").GetAsync("/"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
                Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            }

            Assert.Equal(1L, await ScalarAsync("""SELECT count(*) FROM t_nangcap."__Migrations_AuditTrail" """));
            Assert.Equal(true, await ScalarAsync("""SELECT to_regclass('t_nangcap."AuditTrailEvents"') IS NOT NULL"""));
            Assert.Equal(1, CreateStatements(await ReadLogFromAsync(logStart)));
        }
        finally
        {
            await ExecuteAsync("ALTER SYSTEM RESET log_statement");
            await ExecuteAsync("SELECT pg_reload_conf()");
            foreach (var node in new[] { cluster.A, cluster.B }.Where(n => !n.IsRunning))
            {
                await node.StartAsync();
            }
        }
    }

    [Fact]
    public async Task Node_A_killed_during_a_setup_leaves_the_tenant_Initializing_then_retryable_from_B_never_stuck()
    {
        var setup = cluster.Api(cluster.A).PostAsJsonAsync("/api/tenants", Tenant("BiNgat", "bi-ngat", ClusterFixture.BlockingRecipe));

        // Opening the pipe for writing returns once the setup on A has opened it for reading: A is then inside the step.
        var opened = Task.Run(() => new FileStream(cluster.BlockingPipe, FileMode.Open, FileAccess.Write));
        var reached = await Task.WhenAny(opened, setup).WaitAsync(TimeSpan.FromSeconds(60));
        if (reached != opened)
        {
            var answer = await setup;
            Assert.Fail($"The setup on A ended before its blocking step: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }

        try
        {
            await cluster.A.KillAsync();
            await using (await opened)
            {
            }

            await Assert.ThrowsAnyAsync<HttpRequestException>(() => setup);
            var api = cluster.Api(cluster.B);
            Assert.Equal("Initializing", await StateAsync(api, "BiNgat"));

            // Refused while A's setup lease and lock could still be alive; accepted once they have lapsed (A stopped renewing them).
            var retried = await Eventually.ReturnsAsync(
                () => api.PostAsJsonAsync("/api/tenants/BiNgat/setup", new { adminEmail = "admin@bi-ngat.example.vn", adminPassword = OrchardWebApplicationFactory.AdminPassword, recipe = "district-board" }),
                r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(45));
            Assert.True(retried.StatusCode == HttpStatusCode.OK, $"retry from B: {(int)retried.StatusCode} {await retried.Content.ReadAsStringAsync()}");
            Assert.Equal("Running", await StateAsync(api, "BiNgat"));
            Assert.Equal(HttpStatusCode.OK, (await cluster.B.Client("/bi-ngat").GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await cluster.B.Client("/bi-ngat").LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        }
        finally
        {
            if (!cluster.A.IsRunning)
            {
                await cluster.A.StartAsync();
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await cluster.A.Client("/bi-ngat").GetAsync("/")).StatusCode);
    }

    private static object Tenant(string name, string prefix, string recipe) => new
    {
        name, displayName = "Ban Dân vận thử " + name, prefix, recipe,
        adminEmail = $"admin@{prefix}.example.vn", adminPassword = OrchardWebApplicationFactory.AdminPassword,
    };

    private static async Task<string?> StateAsync(HttpClient api, string name)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/tenants/" + name));
        return json.RootElement.GetProperty("state").GetString();
    }

    private static int CreateStatements(string log) => CreatePattern().Count(log);

    private async Task<string> ReadLogFromAsync(long offset)
    {
        await using var log = new FileStream(cluster.Postgres.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        log.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(log);
        return await reader.ReadToEndAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [GeneratedRegex("""CREATE TABLE (\S+\.)?"AuditTrailEvents" """)]
    private static partial Regex CreatePattern();
}
