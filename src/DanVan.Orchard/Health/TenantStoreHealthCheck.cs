using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Orchard.Health;

/// <summary>Ready only if the tenant store can be read: without it no node can tell which tenant a request is for.</summary>
public sealed class TenantStoreHealthCheck(ITenantStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.LoadAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(exception: e);
        }
    }
}
