namespace DanVan.Orchard.Security;

/// <summary>
/// This process's fixed-window counters: one node, or the fallback of a node whose Redis is down. Bounded under a
/// flood of new clients: each hit drops the ended windows at the head of each window length's queue (windows of one
/// length end in the order they started, so no hit scans the live ones), and past <see cref="MaxKeys"/> clients the
/// longest-running windows go first. A flood can thus cost a client its count, never the node its memory.
/// </summary>
public sealed class LocalRateCounters : IRateCounters
{
    /// <summary>The clients counted at once by default: a few hundred bytes each (key, window, queue entry), some 25 MB at most.</summary>
    public const int DefaultMaxKeys = 100_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    // One queue per window length (the configured limits: a handful), each in the order its windows started.
    private readonly Dictionary<long, Queue<Started>> _starts = [];
    private readonly TimeProvider _clock;

    public LocalRateCounters()
        : this(TimeProvider.System, DefaultMaxKeys)
    {
    }

    public LocalRateCounters(TimeProvider clock, int maxKeys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKeys, 1);
        _clock = clock;
        MaxKeys = maxKeys;
    }

    public int MaxKeys { get; }

    /// <summary>The clients whose window is kept.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _windows.Count;
            }
        }
    }

    public ValueTask<bool> TryCountAsync(string key, int permitLimit, TimeSpan window, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryCount(key, permitLimit, window));

    public bool TryCount(string key, int permitLimit, TimeSpan window)
    {
        var length = Math.Max(1, (long)window.TotalMilliseconds);
        lock (_gate)
        {
            // Read under the lock, so each queue's starts are in order.
            var now = (long)_clock.GetElapsedTime(0).TotalMilliseconds;
            DropEnded(now);
            if (!_windows.TryGetValue(key, out var current))
            {
                current = new Window(now, length);
                _windows[key] = current;
                Enqueue(key, current);
                DropOldestOver(MaxKeys);
            }
            else if (now - current.Start >= current.Length)
            {
                current.Start = now;
                current.Length = length;
                current.Count = 0;
                Enqueue(key, current);
            }

            if (current.Count >= permitLimit)
            {
                return false;
            }

            current.Count++;
            return true;
        }
    }

    private void Enqueue(string key, Window window)
    {
        if (!_starts.TryGetValue(window.Length, out var queue))
        {
            _starts[window.Length] = queue = new Queue<Started>();
        }

        queue.Enqueue(new Started(key, window, window.Start));
    }

    /// <summary>The ended windows at the head of each length's queue: as many as ended, none of the live ones looked at.</summary>
    private void DropEnded(long now)
    {
        foreach (var (length, queue) in _starts)
        {
            while (queue.TryPeek(out var head) && (head.IsStale || now - head.Start >= length))
            {
                queue.Dequeue();
                Forget(head);
            }
        }
    }

    private void DropOldestOver(int limit)
    {
        while (_windows.Count > limit)
        {
            Queue<Started>? oldest = null;
            foreach (var queue in _starts.Values)
            {
                // Stale heads (a window that started again, queued anew) say nothing: drop them on the way.
                while (queue.TryPeek(out var head) && head.IsStale)
                {
                    queue.Dequeue();
                }

                if (queue.Count > 0 && (oldest is null || queue.Peek().Start < oldest.Peek().Start))
                {
                    oldest = queue;
                }
            }

            if (oldest is null)
            {
                return;
            }

            Forget(oldest.Dequeue());
        }
    }

    private void Forget(Started started)
    {
        if (!started.IsStale && _windows.TryGetValue(started.Key, out var window) && ReferenceEquals(window, started.Window))
        {
            _windows.Remove(started.Key);
        }
    }

    private sealed class Window(long start, long length)
    {
        public long Start { get; set; } = start;

        public long Length { get; set; } = length;

        public int Count { get; set; }
    }

    /// <summary>A window's start as queued; stale once the window started again (or changed length) since.</summary>
    private readonly record struct Started(string Key, Window Window, long Start)
    {
        public bool IsStale => Window.Start != Start;
    }
}
