using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Orchard.Health;

/// <summary>
/// Ready only if the portal's (Default tenant's) database opens, when it is set up: the one database every node needs
/// at once. A district's database that is missing makes that district answer 503, not the node unready.
/// </summary>
public sealed class PortalDatabaseHealthCheck(TenantRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (registry.Table.Default is not { State: TenantState.Running } portal)
        {
            return HealthCheckResult.Healthy();
        }

        return await registry.DatabaseFor(portal).CheckAvailableAsync(portal, thorough: true, cancellationToken) is null
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy();
    }
}
