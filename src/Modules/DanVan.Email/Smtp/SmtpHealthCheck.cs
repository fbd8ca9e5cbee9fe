using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Smtp;

/// <summary>
/// Whether the host-wide mail server accepts a connection. Degraded, not unhealthy, when it does not: the outbox keeps
/// every mail until it is back, so a mail server outage must not take every node out of the load balancer.
/// </summary>
public sealed class SmtpHealthCheck(IOptionsMonitor<SmtpHostOptions> options) : IHealthCheck
{
    public const string Name = "smtp";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var smtp = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return HealthCheckResult.Healthy();
        }

        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(smtp.Host, smtp.Port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception: e);
        }
    }
}
