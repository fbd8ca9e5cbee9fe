namespace DanVan.Orchard.Email;

/// <summary>Sends e-mail for the current tenant. Until the Email module is enabled, messages are only logged.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
