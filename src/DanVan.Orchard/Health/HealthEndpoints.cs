using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Orchard.Health;

/// <summary>
/// <c>/health/live</c> (the process answers; nothing else is asked) and <c>/health/ready</c> (what a node needs to
/// serve: the tenant store, the portal's database, Redis when configured, and what modules add with the
/// <see cref="HealthTags.Ready"/> tag), for a load balancer. Served before tenant resolution: under no tenant's prefix, never
/// cached by clients; 503 when not ready. The report itself is computed at most every <see cref="HealthTags.ReportCachedFor"/>.
/// </summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddOrchardHealthChecks(this IServiceCollection services, bool redis)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<TenantStoreHealthCheck>("tenant-store", HealthStatus.Unhealthy, [HealthTags.Ready], HealthTags.Timeout)
            .AddCheck<PortalDatabaseHealthCheck>("database", HealthStatus.Unhealthy, [HealthTags.Ready], HealthTags.Timeout);
        if (redis)
        {
            // Degraded, not unhealthy: pages serve without Redis (changes reach the other nodes when it is back), and a
            // Redis outage must not take every node out of the load balancer at once.
            checks.AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [HealthTags.Ready], HealthTags.Timeout);
        }

        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section);
        CacheReports(services);
        return services;
    }

    public static WebApplication UseOrchardHealthEndpoints(this WebApplication app)
    {
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = HealthTags.ReadyChecks, ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }

    private static void CacheReports(IServiceCollection services)
    {
        var inner = services.Last(d => d.ServiceType == typeof(HealthCheckService));
        services.Remove(inner);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TimeProvider>(HealthTags.ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddSingleton<HealthCheckService>(sp => new CachedHealthCheckService(
            (HealthCheckService)(inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)),
            sp.GetRequiredKeyedService<TimeProvider>(HealthTags.ClockKey)));
    }
}
