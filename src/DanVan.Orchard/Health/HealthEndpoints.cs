using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Orchard.Health;

/// <summary>
/// <c>/health/live</c> (the process answers; nothing else is asked) and <c>/health/ready</c> (what a node needs to
/// serve: the tenant store, the portal's database, Redis when configured, and what modules add with the
/// <see cref="HealthTags.Ready"/> tag), for a load balancer. Served before tenant resolution: under no tenant's prefix, never
/// cached; 503 when not ready.
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
            checks.AddCheck<RedisHealthCheck>("redis", HealthStatus.Unhealthy, [HealthTags.Ready], HealthTags.Timeout);
        }

        return services;
    }

    public static WebApplication UseOrchardHealthEndpoints(this WebApplication app)
    {
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Ready), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
