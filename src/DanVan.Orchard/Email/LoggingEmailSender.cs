using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Email;

/// <summary>The sender used when no mail server is configured: writes the message to the log, so nothing is lost silently.</summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        logger.LogWarning("No mail server is configured; e-mail to {To} not sent. Subject: {Subject}\n{Body}", message.To, message.Subject, message.TextBody);
        return Task.CompletedTask;
    }
}
