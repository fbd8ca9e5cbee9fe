using System.Threading.RateLimiting;

namespace DanVan.Orchard.Security;

/// <summary>
/// A fixed-window limiter of one partition whose count is kept by <see cref="IRateCounters"/> (across nodes with
/// Redis). The count is asked for asynchronously: the synchronous attempt refuses, and the rate-limiting middleware
/// then asks <see cref="RateLimiter.AcquireAsync"/>, which counts the request once.
/// </summary>
public sealed class SharedFixedWindowLimiter(IRateCounters counters, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private long _lastUsed = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
        return permitCount == 0 || await counters.TryCountAsync(key, permitLimit, window, cancellationToken) ? Lease.Granted : Lease.Refused;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
