using System.Collections.Concurrent;
using System.Diagnostics;

namespace DanVan.Bench;

/// <summary>Successes with their latencies and failures by reason, of one kind of operation (publish, upload…).</summary>
public sealed class OperationTally(string name)
{
    private readonly ConcurrentQueue<double> latencies = new();
    private readonly ConcurrentDictionary<string, int> failures = new();

    public string Name { get; } = name;

    public int Succeeded => latencies.Count;

    public int Failed => failures.Values.Sum();

    /// <summary>Runs <paramref name="operation"/>, timing it; any exception but the run's own cancellation is a failure.</summary>
    public async Task RunAsync(Func<Task> operation, CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await operation();
            latencies.Enqueue(clock.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The run ended while this operation was in flight: neither a success nor the site's failure.
        }
        catch (Exception e)
        {
            // Keyed by the message (the operations word them without per-item details), so 600 timeouts are one
            // line with a count, not 600 lines.
            var reason = $"{e.GetType().Name}: {e.Message}";
            failures.AddOrUpdate(ShortReason(reason), 1, (_, count) => count + 1);
            Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {Name} failed: {reason}");
        }
    }

    /// <summary>"publishes: 598 ok, 2 failed; latency p50 41 ms, p95 80 ms, p99 120 ms, max 300 ms".</summary>
    public string Summary()
    {
        var sorted = latencies.Order().ToList();
        var text = $"{Name}: {Succeeded} ok, {Failed} failed";
        if (sorted.Count > 0)
        {
            text += $"; latency p50 {Percentile(sorted, 0.50):0} ms, p95 {Percentile(sorted, 0.95):0} ms, p99 {Percentile(sorted, 0.99):0} ms, max {sorted[^1]:0} ms";
        }

        return text;
    }

    public IEnumerable<string> FailureReasons() =>
        failures.OrderByDescending(f => f.Value).Select(f => $"{Name} failure x{f.Value}: {f.Key}");

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string ShortReason(string reason) => reason.Length <= 300 ? reason : reason[..300] + "…";
}
