using DanVan.Orchard.Locking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// A lock every node sees: a Redis key set only if absent (<c>SET NX PX</c>) to a token of the holder, renewed every
/// third of its expiry while held, and deleted on release only if it still holds that token (compare-and-delete in
/// Lua), so a holder whose lock expired never frees the next one's. With Redis unreachable, the lock falls back to
/// this node's (logged): the site keeps working, and the tenant store's own state changes still exclude a second setup.
/// </summary>
public sealed class RedisDistributedLock(RedisConnection redis, IOptions<RedisOptions> options, ILogger<RedisDistributedLock> logger) : IDistributedLock
{
    private static readonly LuaScript Renew = LuaScript.Prepare(
        "if redis.call('get', @key) == @token then return redis.call('pexpire', @key, @milliseconds) else return 0 end");

    private static readonly LuaScript Release = LuaScript.Prepare(
        "if redis.call('get', @key) == @token then return redis.call('del', @key) else return 0 end");

    private readonly LocalDistributedLock _fallback = new();

    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        var redisKey = new RedisKey(redis.Key("lock:" + key.ToLowerInvariant()));
        var token = Guid.NewGuid().ToString("N");
        var expiry = options.Value.LockExpiry;
        var deadline = DateTime.UtcNow + wait;
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            IDatabase database;
            bool taken;
            try
            {
                database = (await redis.GetAsync()).GetDatabase();
                taken = await database.StringSetAsync(redisKey, token, expiry, When.NotExists);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                ScaleOutLog.LockFallsBackToLocal(logger, e, key);
                var left = deadline - DateTime.UtcNow;
                return await _fallback.TryAcquireAsync(key, left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
            }

            if (taken)
            {
                return new Held(database, redisKey, token, expiry, key, logger);
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return null;
            }

            // Polling with a growing pause: Redis has no waiting list for a key, and holders are few and short.
            await Task.Delay(remaining < pause ? remaining : pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 250));
        }
    }

    private sealed class Held : IAsyncDisposable
    {
        private readonly IDatabase _database;
        private readonly RedisKey _key;
        private readonly string _token;
        private readonly string _name;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;
        private int _released;

        public Held(IDatabase database, RedisKey key, string token, TimeSpan expiry, string name, ILogger logger)
        {
            _database = database;
            _key = key;
            _token = token;
            _name = name;
            _logger = logger;
            _renewing = RenewAsync(expiry, _stop.Token);
        }

        private async Task RenewAsync(TimeSpan expiry, CancellationToken stop)
        {
            using var timer = new PeriodicTimer(expiry / 3);
            try
            {
                while (await timer.WaitForNextTickAsync(stop))
                {
                    try
                    {
                        var renewed = (long)await Renew.EvaluateAsync(_database, new { key = _key, token = _token, milliseconds = (long)expiry.TotalMilliseconds });
                        if (renewed == 0)
                        {
                            ScaleOutLog.LockLost(_logger, _name);
                            return;
                        }
                    }
                    catch (Exception e) when (e is RedisException or TimeoutException)
                    {
                        // Tried again at the next tick; the key outlives two missed renewals.
                        ScaleOutLog.LockRenewalFailed(_logger, e, _name);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Released.
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            await _stop.CancelAsync();
            await _renewing;
            try
            {
                await Release.EvaluateAsync(_database, new { key = _key, token = _token });
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                ScaleOutLog.LockRenewalFailed(_logger, e, _name);
            }

            _stop.Dispose();
        }
    }
}
