using System.Collections.Concurrent;
using DanVan.Orchard.ScaleOut;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// A setup's lease renewals (every few seconds while it runs) are not told to the other nodes, which would each reload
/// the whole tenant store every time; the setup's state changes are.
/// </summary>
public sealed class SetupHeartbeatMessagesTests(TwoNodesFixture nodes) : IClassFixture<TwoNodesFixture>
{
    [Fact]
    public async Task Lease_renewals_publish_nothing_and_the_state_change_after_them_is_published()
    {
        await using var listener = await ConnectionMultiplexer.ConnectAsync(nodes.Redis.Configuration);
        var heard = new ConcurrentQueue<TenantChangeMessage>();
        var removedHeard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await listener.GetSubscriber().SubscribeAsync(RedisChannel.Literal(nodes.KeyPrefix + TenantChangeMessage.Channel), (_, value) =>
        {
            if (TenantChangeMessage.TryParse(value) is { Tenant: "NhipTim" } message)
            {
                heard.Enqueue(message);
                if (message.Kind == TenantChangeKind.Removed)
                {
                    removedHeard.TrySetResult();
                }
            }
        });

        var store = nodes.A.Services.GetRequiredService<ITenantStore>();
        var lease = SetupLease.ForThisProcess(DateTime.UtcNow);
        await store.UpdateAsync(tenants =>
        {
            tenants.Add(new TenantSettings { Name = "NhipTim", RequestUrlPrefix = "nhip-tim", State = TenantState.Initializing, SetupStartedUtc = DateTime.UtcNow, SetupLease = lease });
            return true;
        }, CancellationToken.None);

        var manager = nodes.A.Get<TenantManager>();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await manager.RenewSetupLeaseAsync("NhipTim", lease.Token, CancellationToken.None));
        }

        await store.UpdateAsync(tenants =>
        {
            var index = tenants.FindIndex(t => t.Name == "NhipTim");
            tenants[index] = tenants[index] with { State = TenantState.Failed, SetupLease = null };
            return true;
        }, CancellationToken.None);

        var onB = await Eventually.ReturnsAsync(
            () => Task.FromResult(nodes.B.Services.GetRequiredService<ITenantRegistry>().Find("NhipTim")), t => t?.State == TenantState.Failed, TimeSpan.FromSeconds(1));
        Assert.Equal(TenantState.Failed, onB?.State);
        await store.UpdateAsync(tenants => tenants.RemoveAll(t => t.Name == "NhipTim"), CancellationToken.None);

        // Messages arrive in the order they were sent: once the removal is heard, every renewal sent before it was too.
        await removedHeard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([TenantChangeKind.Created, TenantChangeKind.Changed, TenantChangeKind.Removed], heard.Select(m => m.Kind));
    }
}
