using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DanVan.Orchard.Tenancy;

namespace DanVan.Bench;

/// <summary>
/// Where each tenant setup spent its time: listens to the setup's spans (<see cref="SetupActivities"/>), sums them per
/// part for one tenant (<see cref="Commit"/>), then prints the median of each part over the tenants, indented under
/// the part that contains it (a recipe's steps under the recipe).
/// </summary>
public sealed class SetupBreakdown : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, double> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> _parts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTime> _firstStart = new(StringComparer.Ordinal);

    public SetupBreakdown()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SetupActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Forgets what was recorded since the last commit (a tenant not counted, e.g. the warm-up).</summary>
    public void Discard() => _current.Clear();

    /// <summary>Closes one tenant's figures.</summary>
    public void Commit()
    {
        foreach (var (part, ms) in _current)
        {
            if (!_parts.TryGetValue(part, out var values))
            {
                _parts[part] = values = [];
            }

            values.Add(ms);
        }

        _current.Clear();
    }

    public void Print(TextWriter output)
    {
        output.WriteLine("setup breakdown (median ms per tenant; a part counts the parts indented under it):");
        foreach (var part in _parts.Keys.OrderBy(p => _firstStart[p]).ThenBy(p => p, StringComparer.Ordinal))
        {
            var values = _parts[part];
            values.Sort();
            var median = values[values.Count / 2];
            var depth = part.Count(c => c == '>');
            var label = new string(' ', 2 + (depth * 2)) + part[(part.LastIndexOf('>') + 1)..].Trim();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-52} {median,8:0.0} ms  (max {values[^1]:0.0}, n={values.Count})"));
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        // The path from the setup down, e.g. "recipe sample-content > recipe.step Content".
        var names = new List<string>();
        for (var current = activity; current is not null && current.Source.Name == SetupActivities.SourceName; current = current.Parent)
        {
            if (current.OperationName == "setup")
            {
                names.Add("setup (whole)");
                break;
            }

            names.Add(current.GetTagItem(SetupActivities.NameTag) is string name ? $"{current.OperationName} {name}" : current.OperationName);
        }

        names.Reverse();
        var path = string.Join(" > ", names);
        _firstStart.TryAdd(path, activity.StartTimeUtc);
        _current.AddOrUpdate(path, activity.Duration.TotalMilliseconds, (_, total) => total + activity.Duration.TotalMilliseconds);
    }
}
