using System.Security.Cryptography;
using System.Text;
using DanVan.Orchard.Security;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// Fixed-window counters in Redis, one key per partition and window (INCR, and PEXPIRE on the first hit, in one
/// script so a key never outlives its window). Keys are the node's prefix and a hash of the partition (the client's
/// address and the tenant are not trusted to be short). Redis down: this node counts alone (logged once) rather than
/// failing the request, and goes back to Redis when it answers again.
/// </summary>
public sealed class RedisRateCounters(RedisConnection redis, ILogger<RedisRateCounters> logger) : IRateCounters
{
    private const string Script = "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return c";

    private readonly LocalRateCounters _local = new();
    private int _down;

    public async ValueTask<bool> TryCountAsync(string key, int permitLimit, TimeSpan window, CancellationToken cancellationToken)
    {
        // Not connected (yet, or any more): the command would wait in the client's backlog up to its timeout (5 s) on
        // every counted request. Counting here at once keeps a Redis outage from slowing the forms down.
        if (redis.Current is not { IsConnected: true } multiplexer)
        {
            return CountLocally(key, permitLimit, window, null);
        }

        try
        {
            var database = multiplexer.GetDatabase();
            var count = (long)await database.ScriptEvaluateAsync(Script, [redis.Key("rate:" + Hash(key))], [(long)window.TotalMilliseconds]);
            if (Interlocked.Exchange(ref _down, 0) == 1)
            {
                ScaleOutLog.RateCountersBack(logger);
            }

            return count <= permitLimit;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return CountLocally(key, permitLimit, window, e);
        }
    }

    private bool CountLocally(string key, int permitLimit, TimeSpan window, Exception? why)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            ScaleOutLog.RateCountersLocal(logger, why);
        }

        return _local.TryCount(key, permitLimit, window);
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16);
}
