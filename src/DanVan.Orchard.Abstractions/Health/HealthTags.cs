using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Orchard.Health;

/// <summary>Tags of the ASP.NET Core health checks that the platform's endpoints select.</summary>
public static class HealthTags
{
    /// <summary>A check of what a node needs to serve, run by <c>/health/ready</c>; a module tags its own (mail server, blob store) with it.</summary>
    public const string Ready = "ready";

    /// <summary>
    /// The checks of <c>/health/ready</c>. One instance for every reader (the endpoint, the portal's monitoring page):
    /// the report is cached per predicate, so they share it.
    /// </summary>
    public static readonly Func<HealthCheckRegistration, bool> ReadyChecks = c => c.Tags.Contains(Ready);

    /// <summary>How long one check may take before it counts as failed: a load balancer asks often and must not pile up.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>How long a computed report answers the endpoint's requests before the checks run again.</summary>
    public static readonly TimeSpan ReportCachedFor = TimeSpan.FromSeconds(2);

    /// <summary>The key of the health checks' own <see cref="TimeProvider"/> (the system's unless a test moves it).</summary>
    public const string ClockKey = "DanVan.Health";
}
