using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DanVan.Orchard.ScaleOut;

/// <summary>Publishes tenant changes on a Redis channel that every node's <see cref="RedisTenantChangeListener"/> follows.</summary>
public sealed class RedisTenantChangeBus(RedisConnection redis, NodeIdentity node, ILogger<RedisTenantChangeBus> logger) : ITenantChangeBus
{
    public void Publish(TenantChange change)
    {
        var message = new TenantChangeMessage(node.Id, change.Tenant, change.Kind).Serialize();
        if (redis.IfOpen is { } open)
        {
            // Fire and forget on the open connection keeps the order in which changes were made.
            Send(open, message, change);
            return;
        }

        _ = SendWhenOpenAsync(message, change);
    }

    private async Task SendWhenOpenAsync(string message, TenantChange change)
    {
        try
        {
            Send(await redis.GetAsync(), message, change);
        }
        catch (Exception e)
        {
            ScaleOutLog.PublishFailed(logger, e, change.Tenant, change.Kind);
        }
    }

    private void Send(IConnectionMultiplexer multiplexer, string message, TenantChange change)
    {
        try
        {
            multiplexer.GetSubscriber().Publish(redis.Channel(TenantChangeMessage.Channel), message, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            ScaleOutLog.PublishFailed(logger, e, change.Tenant, change.Kind);
        }
    }
}
