using DanVan.Orchard.ScaleOut;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace DanVan.Orchard.Health;

/// <summary>
/// Whether Redis answers a PING (when configured). Registered as Degraded: without it the node misses the others'
/// changes until it is back (then catches up), but it still serves its pages.
/// </summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // The first connection may still be trying (up to the client's connect timeout): not longer than the check's.
            var multiplexer = await redis.GetAsync().WaitAsync(cancellationToken);
            if (!multiplexer.IsConnected)
            {
                return new HealthCheckResult(context.Registration.FailureStatus);
            }

            await multiplexer.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception: e);
        }
    }
}
