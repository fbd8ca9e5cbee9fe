using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Email;

/// <summary>Log messages of e-mail sending. Event ids 1200–1299.</summary>
internal static partial class EmailLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "E-mail to {To} (subject: {Subject}) written to {File}.")]
    public static partial void WrittenToMailDrop(ILogger logger, string to, string subject, string file);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "No mail server is configured; e-mail to {To} not sent (subject: {Subject}). Set DanVan:Email:MailDrop to keep e-mails as .eml files.")]
    public static partial void NotSent(ILogger logger, string to, string subject);
}
