using DanVan.Orchard.Modules;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Email;

/// <summary>
/// The <see cref="IEmailSender"/> callers get: the outbox of the tenant's enabled e-mail feature, or, in a tenant
/// without one (or outside a tenant), the log or the mail drop.
/// </summary>
public sealed class GatedEmailSender(IServiceProvider services, IOptions<EmailOptions> options) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) => RouteAsync(message, null, cancellationToken);

    public Task SendAsync(EmailMessage message, DbTransaction sameTransactionAs, CancellationToken cancellationToken) =>
        RouteAsync(message, sameTransactionAs, cancellationToken);

    private async Task RouteAsync(EmailMessage message, DbTransaction? sameTransactionAs, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<Tenancy.TenantContext>().HasTenant &&
            (await services.GetRequiredService<FeatureGate>().GetEnabledAsync<IEmailOutbox>(cancellationToken)) is [var outbox, ..])
        {
            await outbox.EnqueueAsync(message, sameTransactionAs, cancellationToken);
            return;
        }

        IEmailSender fallback = options.Value.MailDrop
            ? services.GetRequiredService<MailDropEmailSender>()
            : services.GetRequiredService<LoggingEmailSender>();
        await fallback.SendAsync(message, cancellationToken);
    }
}
