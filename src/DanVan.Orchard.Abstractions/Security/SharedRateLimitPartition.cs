using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Security;

/// <summary>Rate-limit policies' partitions counted by <see cref="IRateCounters"/>: the same limit on one node or across several.</summary>
public static class SharedRateLimitPartition
{
    /// <summary>A fixed window of <paramref name="permitLimit"/> hits per <paramref name="window"/> for <paramref name="key"/> (policy, tenant, client).</summary>
    public static RateLimitPartition<string> GetFixedWindowLimiter(HttpContext context, string key, int permitLimit, TimeSpan window)
    {
        var counters = context.RequestServices.GetRequiredService<IRateCounters>();
        return RateLimitPartition.Get(key, k => new SharedFixedWindowLimiter(counters, k, permitLimit, window));
    }
}
