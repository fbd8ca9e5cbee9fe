using System.Text;
using DanVan.Email.Data;
using DanVan.Email.Templates;
using DanVan.Orchard.Email;
using MimeKit;

namespace DanVan.Email.Outbox;

/// <summary>
/// What a message must be before it is stored: one plain address, a subject on one line (a line break would start a
/// header of the attacker's choosing), bodies within the limit. A refusal stores nothing.
/// </summary>
public static class EmailMessageValidator
{
    public static string Address(string? to)
    {
        var address = to?.Trim() ?? string.Empty;
        if (address.Length == 0 || address.Length > OutboxMessage.AddressMaxLength || address.Any(char.IsControl) ||
            !MailboxAddress.TryParse(address, out var mailbox) || mailbox.Address != address || mailbox.Domain.Length == 0 ||
            !System.Net.Mail.MailAddress.TryCreate(address, out _))
        {
            throw new EmailMessageException($"Địa chỉ người nhận '{Shown(address)}' không hợp lệ.");
        }

        return address;
    }

    public static void Check(RenderedEmail email, int maxBodyBytes)
    {
        if (string.IsNullOrWhiteSpace(email.Subject) || email.Subject.Any(char.IsControl))
        {
            throw new EmailMessageException("Tiêu đề thư không được trống và không được có ký tự xuống dòng hay ký tự điều khiển.");
        }

        if (email.Subject.Length > OutboxMessage.SubjectMaxLength)
        {
            throw new EmailMessageException($"Tiêu đề thư dài quá {OutboxMessage.SubjectMaxLength} ký tự.");
        }

        var bytes = Encoding.UTF8.GetByteCount(email.TextBody) + (email.HtmlBody is null ? 0 : Encoding.UTF8.GetByteCount(email.HtmlBody));
        if (bytes > maxBodyBytes)
        {
            throw new EmailMessageException($"Nội dung thư quá lớn ({bytes / 1024} KB; tối đa {maxBodyBytes / 1024} KB).");
        }
    }

    private static string Shown(string text) =>
        new(text.Take(100).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
