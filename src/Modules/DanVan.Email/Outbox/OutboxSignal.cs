using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Email.Outbox;

/// <summary>
/// This node's memory of which tenants have mail due, and when: set when a message is queued here, by the slow scan,
/// and after each turn (the next retry). The sender opens only these tenants' databases, never all of them each tick.
/// </summary>
public sealed class OutboxSignal([FromKeyedServices(OutboxClock.Key)] TimeProvider clock)
{
    /// <summary>A message queued inside a caller's transaction is visible only once that commits: look again for this long.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, DateTime> _due = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTime> _settling = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>A message was queued for the tenant: look now, and keep looking a little while in case it is not committed yet.</summary>
    public void Queued(string tenant)
    {
        _settling[tenant] = clock.UtcNow() + SettleTime;
        Due(tenant, DateTime.MinValue);
        Wake();
    }

    /// <summary>The tenant has mail due at <paramref name="utc"/> (the earlier of this and what was known).</summary>
    public void Due(string tenant, DateTime utc) => _due.AddOrUpdate(tenant, utc, (_, known) => utc < known ? utc : known);

    /// <summary>
    /// After a turn (which took the tenant off the list): its next due time, or null when nothing waits. A message
    /// queued during the turn has put the tenant back already and keeps its place.
    /// </summary>
    public void Reschedule(string tenant, DateTime? next)
    {
        if (next is { } utc)
        {
            Due(tenant, utc);
        }
        else if (_settling.TryGetValue(tenant, out var until) && until > clock.UtcNow())
        {
            Due(tenant, clock.UtcNow() + TimeSpan.FromSeconds(1));
        }
        else
        {
            _settling.TryRemove(tenant, out _);
        }
    }

    public void Forget(string tenant)
    {
        _due.TryRemove(tenant, out _);
        _settling.TryRemove(tenant, out _);
    }

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

    public bool IsKnown(string tenant) => _due.ContainsKey(tenant);

    /// <summary>Makes the sender take a turn now (a new message, settings saved, "Gửi lại", a test).</summary>
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

    /// <summary>Waits for <see cref="Wake"/> or the interval (real time: a fake outbox clock in tests only moves due times).</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => _wake.WaitAsync(interval, cancellationToken);
}
