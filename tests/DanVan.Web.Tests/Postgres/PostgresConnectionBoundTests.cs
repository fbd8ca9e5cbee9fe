using System.Net;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// Many tenants on one node share the node's one pool: after 200 tenants are set up and visited, the node holds no
/// more connections than DanVan:Database:MaxPoolSize (50), not a pool per tenant.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionBoundTests(PostgresSiteFixture fixture)
{
    private const int Tenants = 200;
    private const int MaxPoolSize = 50;

    [Fact]
    public async Task Two_hundred_tenants_set_up_and_visited_hold_at_most_the_pool_size()
    {
        await using var site = new PostgresSite(await fixture.Server.CreateDatabaseAsync(), MaxPoolSize);
        _ = site.Server;
        var tenants = site.Get<TenantManager>();
        var setup = site.Get<TenantSetupService>();

        // Several at once, as a bulk import does: the pool is shared, not grown per tenant.
        await Parallel.ForEachAsync(Enumerable.Range(1, Tenants), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await tenants.CreateAsync(new CreateTenantRequest($"Huyen{i}", null, $"huyen-{i}", null, "district-board"), ct);
            await setup.SetupAsync($"Huyen{i}", OrchardWebApplicationFactory.SetupRequest("district-board"), ct);
        });

        var client = site.CreateClient();
        await Parallel.ForEachAsync(Enumerable.Range(1, Tenants), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/huyen-{i}/", ct)).StatusCode));

        Assert.Equal((long)Tenants, await site.ScalarAsync<long>("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 't\\_huyen%'"));

        // The probe's own connection is not the node's.
        var held = await site.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        Assert.InRange(held, 1, MaxPoolSize);
    }
}
