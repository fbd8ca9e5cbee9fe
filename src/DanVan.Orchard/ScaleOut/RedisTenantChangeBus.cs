using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// Publishes tenant changes on a Redis channel that every node's <see cref="RedisTenantChangeListener"/> follows. Sends
/// one after another (the order the changes were made in) without making the writer wait; a short-lived process (the
/// CLI) lets what it published go out before it closes the connection.
/// </summary>
public sealed class RedisTenantChangeBus(RedisConnection redis, NodeIdentity node, ILogger<RedisTenantChangeBus> logger) : ITenantChangeBus, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Task _sending = Task.CompletedTask;

    public void Publish(TenantChange change)
    {
        var message = new TenantChangeMessage(node.Id, change.Tenant, change.Kind).Serialize();
        lock (_gate)
        {
            _sending = SendAfterAsync(_sending, message, change);
        }
    }

    private async Task SendAfterAsync(Task previous, string message, TenantChange change)
    {
        await previous;
        try
        {
            var multiplexer = await redis.GetAsync();
            await multiplexer.GetSubscriber().PublishAsync(redis.Channel(TenantChangeMessage.Channel), message);
        }
        catch (Exception e)
        {
            // The change is stored; the other nodes see it at their next poll of the tenant store.
            ScaleOutLog.PublishFailed(logger, e, change.Tenant, change.Kind);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task last;
        lock (_gate)
        {
            last = _sending;
        }

        await last.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
