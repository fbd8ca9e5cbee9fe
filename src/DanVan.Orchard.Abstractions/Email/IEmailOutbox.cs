using System.Data.Common;

namespace DanVan.Orchard.Email;

/// <summary>
/// Where a tenant's e-mail goes when a module provides it (the Email module: its durable outbox). Callers use
/// <see cref="IEmailSender"/>, which hands messages to the outbox of the tenant's enabled feature.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>Checks and stores the message; throws <see cref="EmailMessageException"/> for bad input, storing nothing.</summary>
    Task EnqueueAsync(EmailMessage message, DbTransaction? sameTransactionAs, CancellationToken cancellationToken);
}
