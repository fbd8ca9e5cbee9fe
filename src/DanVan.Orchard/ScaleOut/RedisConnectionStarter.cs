using Microsoft.Extensions.Hosting;

namespace DanVan.Orchard.ScaleOut;

/// <summary>Starts connecting to Redis as the host starts, without waiting for it: a Redis that is down delays nothing.</summary>
internal sealed class RedisConnectionStarter(RedisConnection connection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        connection.StartConnecting();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
