using System.Data.Common;

namespace DanVan.Orchard.Email;

/// <summary>
/// Sends e-mail for the current tenant. With the Email module on, "send" means "stored in the tenant's outbox", and a
/// background sender delivers it; without it, messages are only logged (or written to the mail drop).
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the message in the caller's open database transaction <paramref name="sameTransactionAs"/>: it is
    /// committed with the caller's own changes, or rolled back with them. Without an outbox, sent at once.
    /// </summary>
    Task SendAsync(EmailMessage message, DbTransaction sameTransactionAs, CancellationToken cancellationToken) =>
        SendAsync(message, cancellationToken);
}
