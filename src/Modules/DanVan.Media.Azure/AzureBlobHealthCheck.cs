using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Media.Azure;

/// <summary>
/// Whether the blob store answers for the portal's container, through the media store's own client (no client per
/// poll, container-level rights suffice). Registered as Degraded: pages serve without it (only media fail, with their
/// own 503), so an outage of the store must not take every node out of the load balancer at once.
/// </summary>
public sealed class AzureBlobHealthCheck(AzureBlobMediaStore store) : IHealthCheck
{
    public const string Name = "media";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception: e);
        }
    }
}
