using System.Net;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// A node started while Redis is down starts and serves without waiting for it; what needs the shared key ring (forms,
/// sign-ins) is refused with a clear 503 rather than protected with a key of its own, and works once Redis is up.
/// </summary>
public sealed class RedisDownAtStartTests
{
    [Fact]
    public async Task Forms_answer_503_with_retry_after_until_Redis_is_reached_and_then_work()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.StopAsync();
        using var node = new ClusterNode(redis, $"danvan-test-{Guid.NewGuid():N}:");
        var client = node.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        // The setup page's form carries an antiforgery token: it needs the key ring.
        var refused = await client.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("Tạm thời chưa đăng nhập được", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await redis.StartAgainAsync();
        var served = await Eventually.ReturnsAsync(() => client.GetAsync("/setup"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
