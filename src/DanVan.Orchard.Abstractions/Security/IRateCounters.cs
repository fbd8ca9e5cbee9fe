namespace DanVan.Orchard.Security;

/// <summary>
/// Fixed-window hit counters for rate limits, shared by every node of the site when Redis is configured (a client
/// spreading its requests over the nodes gets the same limit as on one), else this process's.
/// </summary>
public interface IRateCounters
{
    /// <summary>
    /// Counts one hit for <paramref name="key"/> in its current <paramref name="window"/>; true while the hits of that
    /// window are within <paramref name="permitLimit"/>. Never fails for the shared store being down (counts locally then).
    /// </summary>
    ValueTask<bool> TryCountAsync(string key, int permitLimit, TimeSpan window, CancellationToken cancellationToken);
}
