using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// This node's one connection to Redis, opened when the host starts (<see cref="RedisConnectionStarter"/>) or on first
/// use. It never fails the site for Redis being down: the multiplexer keeps reconnecting by itself, and what needs
/// Redis degrades (see <see cref="ScaleOutLog"/>).
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly IOptions<RedisOptions> _options;
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        _options = options;
        _connection = new(() => ConnectAsync(options.Value, logger));
    }

    /// <summary>Told when the connection comes back after a failure: messages sent meanwhile were missed.</summary>
    public event Action? Restored;

    public string Key(string name) => _options.Value.KeyPrefix + name;

    public RedisChannel Channel(string name) => RedisChannel.Literal(_options.Value.KeyPrefix + name);

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    /// <summary>Starts connecting (in the background) if nothing has yet.</summary>
    public void StartConnecting() => _ = _connection.Value;

    /// <summary>The connection if the first attempt to open it has finished (connected or reconnecting), without waiting; else null.</summary>
    public IConnectionMultiplexer? Current => _connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully ? _connection.Value.Result : null;

    private async Task<IConnectionMultiplexer> ConnectAsync(RedisOptions settings, ILogger log)
    {
        var configuration = ConfigurationOptions.Parse(settings.Configuration!);

        // Start (and keep running) without Redis: it reconnects in the background.
        configuration.AbortOnConnectFail = false;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                ScaleOutLog.ConnectionLost(log, e.Exception, e.FailureType.ToString(), e.EndPoint?.ToString() ?? "?");
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                ScaleOutLog.ConnectionRestored(log, e.EndPoint?.ToString() ?? "?");
                Restored?.Invoke();
            }
        };
        return multiplexer;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            try
            {
                await (await _connection.Value).DisposeAsync();
            }
            catch (RedisException)
            {
                // Closing a connection that never opened: nothing to release.
            }
        }
    }
}
