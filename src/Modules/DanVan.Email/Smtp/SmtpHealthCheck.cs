using DanVan.Orchard.Health;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Smtp;

/// <summary>
/// Whether the host-wide mail server takes mail. From the outbox's last hand-over to it when that is recent; otherwise
/// at most once per <see cref="CheckEvery"/> a real SMTP conversation (greeting, TLS as configured, sign-in, QUIT), not
/// a bare TCP connection that servers count as abuse. Degraded, not unhealthy, when it does not: the outbox keeps
/// every mail until it is back, so a mail server outage must not take every node out of the load balancer.
/// </summary>
public sealed class SmtpHealthCheck(
    IOptionsMonitor<SmtpHostOptions> options,
    SmtpHostReachability reachability,
    MailTransportFactory transports,
    [Microsoft.Extensions.DependencyInjection.FromKeyedServices(HealthTags.ClockKey)] TimeProvider clock) : IHealthCheck
{
    public const string Name = "smtp";

    /// <summary>How long what was last seen of the server (by the outbox or by this check) stands for its state.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var smtp = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return HealthCheckResult.Healthy();
        }

        var now = clock.GetUtcNow();
        if (reachability.Last is not { } seen || now - seen.At >= CheckEvery)
        {
            seen = reachability.Report(await TalkAsync(smtp, cancellationToken));
        }

        return seen.Reachable ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus);
    }

    private async Task<bool> TalkAsync(SmtpHostOptions smtp, CancellationToken cancellationToken)
    {
        var endpoint = new SmtpEndpoint(MailTransportKind.Smtp, smtp.Host, smtp.Port, smtp.EncryptionMethod, smtp.UserName, smtp.Password,
            smtp.DefaultSender ?? string.Empty, string.Empty, HealthTags.Timeout);
        await using var transport = (MailKitTransport)transports.Open(endpoint, TenantSettings.DefaultTenantName);
        try
        {
            await transport.ConnectAsync(cancellationToken);
            return true;
        }
        catch (MailConnectionException)
        {
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // No answer within the check's timeout: remembered like a refusal, so a hanging server is not asked at every poll.
            return false;
        }
    }
}
