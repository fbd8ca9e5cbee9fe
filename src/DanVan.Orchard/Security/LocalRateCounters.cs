using System.Collections.Concurrent;

namespace DanVan.Orchard.Security;

/// <summary>This process's fixed-window counters: one node, or the fallback of a node whose Redis is down.</summary>
public sealed class LocalRateCounters : IRateCounters
{
    // Swept of ended windows every so many hits, so clients seen once do not stay in memory.
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private int _hits;

    public ValueTask<bool> TryCountAsync(string key, int permitLimit, TimeSpan window, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryCount(key, permitLimit, window));

    public bool TryCount(string key, int permitLimit, TimeSpan window)
    {
        var now = Environment.TickCount64;
        if (Interlocked.Increment(ref _hits) % SweepEvery == 0)
        {
            Sweep(now);
        }

        var current = _windows.GetOrAdd(key, _ => new Window(now, (long)window.TotalMilliseconds));
        lock (current)
        {
            if (now - current.Start >= current.Length)
            {
                current.Start = now;
                current.Length = (long)window.TotalMilliseconds;
                current.Count = 0;
            }

            if (current.Count >= permitLimit)
            {
                return false;
            }

            current.Count++;
            return true;
        }
    }

    private void Sweep(long now)
    {
        foreach (var (key, window) in _windows)
        {
            if (now - window.Start >= window.Length)
            {
                _windows.TryRemove(KeyValuePair.Create(key, window));
            }
        }
    }

    private sealed class Window(long start, long length)
    {
        public long Start { get; set; } = start;

        public long Length { get; set; } = length;

        public int Count { get; set; }
    }
}
