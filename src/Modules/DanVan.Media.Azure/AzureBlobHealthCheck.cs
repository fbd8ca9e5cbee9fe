using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Media.Azure;

/// <summary>Whether the blob service answers (its properties, read with the configured account): every node's media are there.</summary>
public sealed class AzureBlobHealthCheck(IOptions<AzureBlobMediaOptions> options) : IHealthCheck
{
    public const string Name = "media";

    // No retries: the check's own timeout is short, and the load balancer asks again soon.
    private readonly BlobServiceClient _service = new(options.Value.ConnectionString, new BlobClientOptions { Retry = { MaxRetries = 0 } });

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await _service.GetPropertiesAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception: e);
        }
    }
}
