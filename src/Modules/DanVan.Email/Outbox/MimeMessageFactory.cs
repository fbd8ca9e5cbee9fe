using DanVan.Email.Data;
using DanVan.Email.Smtp;
using MimeKit;
using MimeKit.Text;

namespace DanVan.Email.Outbox;

/// <summary>Builds the MIME message of an outbox row: the same Message-ID and date on every attempt.</summary>
public static class MimeMessageFactory
{
    public static MimeMessage Build(OutboxMessage row, SmtpEndpoint endpoint)
    {
        var message = new MimeMessage
        {
            MessageId = row.MessageId,
            Date = new DateTimeOffset(row.CreatedUtc, TimeSpan.Zero),
            Subject = row.Subject,
        };
        message.From.Add(new MailboxAddress(OneLine(endpoint.SenderName), endpoint.SenderAddress));
        message.To.Add(MailboxAddress.Parse(row.To));
        if (endpoint.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(new MailboxAddress(OneLine(endpoint.SenderName), replyTo));
        }

        // Plain text first: a reader without HTML, or a filter, reads the same words and the same link.
        var text = new TextPart(TextFormat.Plain) { Text = row.TextBody };
        if (row.HtmlBody is null)
        {
            message.Body = text;
            return message;
        }

        message.Body = new MultipartAlternative { text, new TextPart(TextFormat.Html) { Text = row.HtmlBody } };
        return message;
    }

    /// <summary>The sender's name comes from settings an administrator typed: never let a line break into a header.</summary>
    private static string OneLine(string text) => string.Concat(text.Where(c => !char.IsControl(c)));
}
