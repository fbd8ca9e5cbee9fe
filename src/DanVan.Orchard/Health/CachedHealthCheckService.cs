using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Orchard.Health;

/// <summary>
/// The health report, computed at most once per <see cref="HealthTags.ReportCachedFor"/> for each endpoint: a load
/// balancer polling every node, or a flood of anonymous requests to <c>/health/ready</c>, costs one read of the tenant
/// store and one open of the portal's database per period, not one per request. Callers arriving while a report is
/// being computed wait for that one — at most <see cref="ReportDeadline"/>: a check that ignores its timeout's
/// cancellation must not leave every later probe waiting on one report that never ends (it is then Unhealthy, and the
/// next probe starts a new report).
/// </summary>
internal sealed class CachedHealthCheckService(HealthCheckService inner, TimeProvider clock) : HealthCheckService
{
    private static readonly Func<HealthCheckRegistration, bool> All = _ => true;
    private static readonly TimeSpan ReportDeadline = HealthTags.Timeout * 2;

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
                entry = new Entry(now, Task.Run(() => BoundedAsync(predicate), CancellationToken.None));
                _reports[key] = entry;
            }
        }

        return entry.Report.WaitAsync(cancellationToken);
    }

    private async Task<HealthReport> BoundedAsync(Func<HealthCheckRegistration, bool>? predicate)
    {
        try
        {
            return await inner.CheckHealthAsync(predicate, CancellationToken.None).WaitAsync(ReportDeadline);
        }
        catch (TimeoutException)
        {
            return new HealthReport(new Dictionary<string, HealthReportEntry>(), HealthStatus.Unhealthy, ReportDeadline);
        }
    }

    private sealed record Entry(DateTimeOffset Started, Task<HealthReport> Report);
}
