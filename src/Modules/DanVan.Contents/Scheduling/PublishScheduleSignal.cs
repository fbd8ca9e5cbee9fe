using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents.Scheduling;

/// <summary>
/// This node's memory of when each tenant has its next scheduled publication: set when an item is scheduled here, by
/// the slow scan, and after each turn. The publisher opens only the databases of tenants due, never all each tick.
/// </summary>
public sealed class PublishScheduleSignal([FromKeyedServices(PublishScheduleClock.Key)] TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTime> _due = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>The tenant has a publication due at <paramref name="utc"/> (the earlier of this and what was known).</summary>
    public void Due(string tenant, DateTime utc) => _due.AddOrUpdate(tenant, utc, (_, known) => utc < known ? utc : known);

    public void Forget(string tenant) => _due.TryRemove(tenant, out _);

    /// <summary>When the tenant's next publication is due as this node knows it, or null.</summary>
    public DateTime? NextDue(string tenant) => _due.TryGetValue(tenant, out var utc) ? utc : null;

    /// <summary>Up to <paramref name="max"/> tenants due now, the longest waiting first; they are taken off the list.</summary>
    public IReadOnlyList<string> TakeDue(int max)
    {
        var now = clock.UtcNow();
        var due = _due.Where(d => d.Value <= now).OrderBy(d => d.Value).Take(max).Select(d => d.Key).ToList();
        foreach (var tenant in due)
        {
            _due.TryRemove(tenant, out _);
        }

        return due;
    }

    /// <summary>Makes the publisher take a turn now (tests; a schedule cancelled does not need it).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    /// <summary>Waits for <see cref="Wake"/> or the interval (real time: a fake clock in tests only moves due times).</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => _wake.WaitAsync(interval, cancellationToken);
}
