using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Orchard.Health;

/// <summary>
/// The health report, computed at most once per <see cref="HealthTags.ReportCachedFor"/> for each endpoint: a load
/// balancer polling every node, or a flood of anonymous requests to <c>/health/ready</c>, costs one read of the tenant
/// store and one open of the portal's database per period, not one per request. Callers arriving while a report is
/// being computed wait for that one, however long it takes.
/// </summary>
internal sealed class CachedHealthCheckService(HealthCheckService inner, TimeProvider clock) : HealthCheckService
{
    private static readonly Func<HealthCheckRegistration, bool> All = _ => true;

    private readonly Lock _gate = new();
    private readonly Dictionary<Func<HealthCheckRegistration, bool>, Entry> _reports = [];

    public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
    {
        // Each endpoint passes its one predicate instance (the endpoints are few); no predicate shares one key.
        var key = predicate ?? All;
        var now = clock.GetUtcNow();
        Entry? entry;
        lock (_gate)
        {
            if (!_reports.TryGetValue(key, out entry) || (entry.Report.IsCompleted && now - entry.Started >= HealthTags.ReportCachedFor))
            {
                // Not the caller's token: the report is shared, and each check has its own timeout.
                entry = new Entry(now, Task.Run(() => inner.CheckHealthAsync(predicate, CancellationToken.None), CancellationToken.None));
                _reports[key] = entry;
            }
        }

        return entry.Report.WaitAsync(cancellationToken);
    }

    private sealed record Entry(DateTimeOffset Started, Task<HealthReport> Report);
}
