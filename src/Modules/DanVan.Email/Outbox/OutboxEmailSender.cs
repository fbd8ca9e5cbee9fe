using System.Data.Common;
using DanVan.Email.Data;
using DanVan.Email.Templates;
using DanVan.Orchard.Data;
using DanVan.Orchard.Email;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Outbox;

/// <summary>
/// Queues a message in the tenant's outbox: rendered, checked, stored — inside the caller's transaction when it gives
/// one — and this node's sender told. Sending happens later, in <see cref="OutboxDispatcher"/>.
/// </summary>
public sealed class OutboxEmailSender(
    EmailDbContext db,
    ITenantDbContextFactory contexts,
    IServiceProvider services,
    TenantContext tenant,
    SiteService sites,
    IPublicAddress publicAddress,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    [FromKeyedServices(OutboxClock.Key)] TimeProvider clock,
    ILogger<OutboxEmailSender> logger) : IEmailOutbox
{
    public async Task EnqueueAsync(EmailMessage message, DbTransaction? sameTransactionAs, CancellationToken cancellationToken)
    {
        var to = EmailMessageValidator.Address(message.To);
        var site = await sites.GetAsync(cancellationToken);
        var rendered = EmailTemplateRenderer.Render(message, site.SiteName);
        EmailMessageValidator.Check(rendered, options.Value.MaxBodyBytes);

        var now = clock.UtcNow();
        var id = Guid.CreateVersion7().ToString("N");
        var row = new OutboxMessage
        {
            Id = id,
            MessageId = $"{id}@{MessageIdDomain()}",
            To = to,
            Template = message.Template,
            Subject = rendered.Subject,
            TextBody = rendered.TextBody,
            HtmlBody = rendered.HtmlBody,
            Status = OutboxStatus.Pending,
            CreatedUtc = now,
            NextAttemptUtc = now,
        };

        if (sameTransactionAs is { Connection: { } connection } transaction)
        {
            // A context of its own on the caller's connection and transaction: committed or rolled back with the
            // caller's changes. The scoped context is left as it was for anything else in this scope.
            await using var joined = contexts.Create<EmailDbContext>(services, EmailDbContext.MigrationsHistoryTable);
            joined.Database.SetDbConnection(connection, contextOwnsConnection: false);
            await joined.Database.UseTransactionAsync(transaction, cancellationToken);
            joined.Outbox.Add(row);
            await joined.SaveChangesAsync(cancellationToken);
        }
        else
        {
            db.Outbox.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }

        EmailOutboxLog.Queued(logger, to, tenant.Settings.Name, rendered.Subject);
        signal.Queued(tenant.Settings.Name);
    }

    /// <summary>The tenant's public host: a stable, meaningful right-hand side for the Message-ID.</summary>
    private string MessageIdDomain()
    {
        var baseUrl = publicAddress.BaseUrl(tenant.Settings, publicAddress.PortalOrigin(null));
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "localhost";
    }
}
