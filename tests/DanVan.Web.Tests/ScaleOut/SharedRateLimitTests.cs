using System.Net;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.ScaleOut;

/// <summary>
/// Rate limits hold across the nodes: a client spreading its sign-in posts over A and B meets the limit as on one node
/// (counted in Redis); with Redis down each node counts alone and no request fails for it.
/// </summary>
public sealed class SharedRateLimitTests : IAsyncLifetime
{
    private const int Limit = 4;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["DanVan:RateLimits:SignIn:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DanVan:RateLimits:SignIn:Window"] = "00:10:00",
    };

    private readonly string _keyPrefix = $"danvan-test-{Guid.NewGuid():N}:";
    private RedisServer _redis = null!;
    private ClusterNode _a = null!;
    private ClusterNode _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _a = new ClusterNode(_redis, _keyPrefix, settings: Settings);
        _ = _a.Server;
        await _a.Get<TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        _b = new ClusterNode(_redis, _keyPrefix, _a, Settings);
        _ = _b.Server;
    }

    [Fact]
    public async Task Sign_in_posts_spread_over_two_nodes_meet_one_limit_and_Redis_down_fails_no_request()
    {
        // A, B, A, B, A: no node alone has seen more than the limit, the site has.
        var spread = new List<HttpStatusCode>();
        for (var i = 0; i <= Limit; i++)
        {
            spread.Add(await PostSignInAsync(i % 2 == 0 ? _a : _b));
        }

        Assert.All(spread.Take(Limit), s => Assert.True(s != HttpStatusCode.TooManyRequests && (int)s < 500, $"{s}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, spread[Limit]);
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostSignInAsync(_b));

        // Redis down: B counts alone from nothing (its own limit still holds), never an error.
        await _redis.StopAsync();
        try
        {
            var alone = new List<HttpStatusCode>();
            for (var i = 0; i <= Limit; i++)
            {
                alone.Add(await PostSignInAsync(_b));
            }

            Assert.All(alone.Take(Limit), s => Assert.True(s != HttpStatusCode.TooManyRequests && (int)s < 500, $"{s}"));
            Assert.Equal(HttpStatusCode.TooManyRequests, alone[Limit]);
            Assert.Equal(HttpStatusCode.OK, (await _a.CreateClient().GetAsync("/")).StatusCode);
        }
        finally
        {
            await _redis.StartAgainAsync();
        }
    }

    /// <summary>A sign-in post without a form token: refused by the form, but counted by the limiter first.</summary>
    private static async Task<HttpStatusCode> PostSignInAsync(ClusterNode node)
    {
        using var client = node.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "ai-do", ["Password"] = "sai" });
        return (await client.PostAsync("/login", form)).StatusCode;
    }

    public async Task DisposeAsync()
    {
        _b.Dispose();
        _a.Dispose();
        await _redis.DisposeAsync();
    }
}
