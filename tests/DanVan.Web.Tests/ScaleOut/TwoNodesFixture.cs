using System.Net;
using DanVan.Orchard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// Two nodes (A and B) on one App_Data and one Redis, with the portal and the district HoaAn (sample content) set up
/// through A. B waits at most 300 ms for a migration lock held elsewhere, so that case answers quickly.
/// </summary>
public sealed class TwoNodesFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public ClusterNode A { get; private set; } = null!;

    public ClusterNode B { get; private set; } = null!;

    public string KeyPrefix { get; } = $"danvan-test-{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        A = new ClusterNode(Redis, KeyPrefix);
        _ = A.Server;
        await A.Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        await A.CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board", "sample-content");
        B = new ClusterNode(Redis, KeyPrefix, A, new Dictionary<string, string> { ["DanVan:Redis:MigrationLockWait"] = "00:00:00.300" });
        _ = B.Server;

        // What B learns within the tests must come through Redis, not from polling the store.
        var polling = B.Services.GetRequiredService<IOptions<OrchardOptions>>().Value.TenantStorePollInterval;
        if (polling < TimeSpan.FromMinutes(10))
        {
            throw new InvalidOperationException($"Node B polls the tenant store every {polling}: the tests would not show that Redis told it.");
        }
    }

    /// <summary>A client of <paramref name="node"/> at <paramref name="prefix"/> keeping its cookies in <paramref name="cookies"/> (shared between nodes, as a browser behind a load balancer).</summary>
    public static TenantClient Client(OrchardWebApplicationFactory node, string prefix, CookieContainer? cookies = null)
    {
        var handler = new CookieContainerHandler(cookies ?? new CookieContainer()) { InnerHandler = node.Server.CreateHandler() };
        return new TenantClient(new HttpClient(handler) { BaseAddress = node.Server.BaseAddress }, prefix).AnsweringCaptchas(node);
    }

    public async Task DisposeAsync()
    {
        B.Dispose();
        A.Dispose();
        await Redis.DisposeAsync();
    }
}
