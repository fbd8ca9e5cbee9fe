using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Email;

/// <summary>
/// The sender used when no mail server is configured: notes in the log that a message was not sent, with its recipient
/// and subject only — bodies hold password links, which must never reach a log.
/// </summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        EmailLog.NotSent(logger, message.To, message.Subject);
        return Task.CompletedTask;
    }
}
