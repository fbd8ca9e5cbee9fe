using DanVan.Orchard.Locking;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>The Redis lock (lock expiry 600 ms here): one holder at a time, renewed while held, never released for someone else.</summary>
public sealed class RedisDistributedLockTests(RedisNodeFixture fixture) : IClassFixture<RedisNodeFixture>
{
    private IDistributedLock Locks => fixture.Node.Services.GetRequiredService<IDistributedLock>();

    private async Task<IDatabase> RedisAsync() => (await ConnectionMultiplexer.ConnectAsync(fixture.Redis.Configuration)).GetDatabase();

    [Fact]
    public async Task A_held_lock_is_refused_to_another_caller_until_it_is_released()
    {
        var first = await Locks.TryAcquireAsync("setup:Khoa1", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await Locks.TryAcquireAsync("setup:khoa1", TimeSpan.FromMilliseconds(100), CancellationToken.None));

        await first.DisposeAsync();
        var second = await Locks.TryAcquireAsync("setup:Khoa1", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(second);
        await second.DisposeAsync();
    }

    [Fact]
    public async Task A_waiting_caller_gets_the_lock_when_the_holder_releases_it()
    {
        var first = await Locks.TryAcquireAsync("setup:Khoa2", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(first);
        var waiting = Locks.TryAcquireAsync("setup:Khoa2", TimeSpan.FromSeconds(10), CancellationToken.None);
        await first.DisposeAsync();
        var second = await waiting;
        Assert.NotNull(second);
        await second.DisposeAsync();
    }

    [Fact]
    public async Task Releasing_a_lock_that_expired_and_was_taken_by_someone_else_leaves_theirs_alone()
    {
        var key = fixture.KeyPrefix + "lock:setup:khoa3";
        var held = await Locks.TryAcquireAsync("setup:Khoa3", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        var redis = await RedisAsync();

        // As if the lock had expired and another node had taken it.
        await redis.StringSetAsync(key, "another-node");
        await held.DisposeAsync();

        Assert.Equal("another-node", (string?)await redis.StringGetAsync(key));
    }

    [Fact]
    public async Task A_held_lock_is_renewed_past_its_expiry()
    {
        var key = fixture.KeyPrefix + "lock:setup:khoa4";
        var held = await Locks.TryAcquireAsync("setup:Khoa4", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        var redis = await RedisAsync();

        // Its time to live runs down towards expiry, then is set back: without renewal the key would be gone.
        var low = await Eventually.ReturnsAsync(() => redis.KeyTimeToLiveAsync(key), ttl => ttl is { } t && t < TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(3));
        Assert.True(low < TimeSpan.FromMilliseconds(450));
        var renewed = await Eventually.ReturnsAsync(() => redis.KeyTimeToLiveAsync(key), ttl => ttl is null || ttl > low, TimeSpan.FromSeconds(3));
        Assert.NotNull(renewed);
        Assert.True(renewed > low);
        var expired = await Eventually.ReturnsAsync(() => redis.KeyTimeToLiveAsync(key), ttl => ttl is null, TimeSpan.FromMilliseconds(1500));
        Assert.NotNull(expired);

        await held.DisposeAsync();
        Assert.False(await redis.KeyExistsAsync(key));
    }
}
