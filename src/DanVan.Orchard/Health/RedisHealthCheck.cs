using DanVan.Orchard.ScaleOut;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace DanVan.Orchard.Health;

/// <summary>Ready only if Redis answers a PING (when configured): without it the node misses the others' changes.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var multiplexer = await redis.GetAsync();
            if (!multiplexer.IsConnected)
            {
                return HealthCheckResult.Unhealthy();
            }

            await multiplexer.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(exception: e);
        }
    }
}
