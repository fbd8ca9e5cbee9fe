using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Feedback.Data;
using DanVan.Orchard.Email;

namespace DanVan.Feedback.Services;

/// <summary>
/// The module's two e-mails, written out (plain text and HTML): the notice of a new message to the board, and the
/// board's reply to the reader. What the reader wrote is HTML-encoded in the HTML part, line breaks kept.
/// </summary>
public static class FeedbackEmails
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static EmailMessage Notice(FeedbackMessage message, string boardAddress, string siteName)
    {
        var subject = Shorten("Ý kiến bạn đọc mới: " + message.Subject);
        var lines = new List<(string Label, string Value)>
        {
            ("Họ tên", message.Name),
            ("Thư điện tử", message.Email ?? "(không có)"),
            ("Điện thoại", message.Phone ?? "(không có)"),
            ("Tiêu đề", message.Subject),
        };
        if (message.ContentTitle is not null)
        {
            lines.Add(("Viết dưới bài", message.ContentTitle));
        }

        var text = new StringBuilder($"{siteName} nhận được một ý kiến bạn đọc mới.\n\n");
        foreach (var (label, value) in lines)
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        text.Append("\nNội dung:\n").Append(message.Body).Append("\n\nXem và trả lời trong trang quản trị, mục \"Ý kiến bạn đọc\".\n");

        var html = new StringBuilder(Start(subject, siteName)).Append("<p>Một ý kiến bạn đọc mới:</p><table>");
        foreach (var (label, value) in lines)
        {
            html.Append("<tr><th style=\"text-align:left;padding-right:12px\">").Append(Html.Encode(label))
                .Append("</th><td>").Append(Html.Encode(value)).Append("</td></tr>");
        }

        html.Append("</table>").Append(Paragraphs(message.Body))
            .Append("<p style=\"font-size:small;color:#555\">Xem và trả lời trong trang quản trị, mục “Ý kiến bạn đọc”.</p></body></html>");
        return new EmailMessage(boardAddress, subject, text.ToString()) { HtmlBody = html.ToString() };
    }

    public static EmailMessage Reply(FeedbackMessage message, string reply, string siteName)
    {
        var subject = Shorten("Trả lời ý kiến: " + message.Subject);
        var text = $"Chào {message.Name},\n\n{reply}\n\n-- \n{siteName}\n\nÝ kiến của bạn ({message.CreatedUtc.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}):\n> " +
                   message.Body.Replace("\n", "\n> ", StringComparison.Ordinal) + "\n";
        var html = new StringBuilder(Start(subject, siteName))
            .Append("<p>Chào ").Append(Html.Encode(message.Name)).Append(",</p>")
            .Append(Paragraphs(reply))
            .Append("<p style=\"font-weight:bold\">").Append(Html.Encode(siteName)).Append("</p>")
            .Append("<blockquote style=\"color:#555;border-left:3px solid #ccc;padding-left:8px\">")
            .Append(Paragraphs(message.Body)).Append("</blockquote></body></html>");
        return new EmailMessage(message.Email!, subject, text) { HtmlBody = html.ToString() };
    }

    private static string Start(string subject, string siteName) =>
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{Html.Encode(subject)}</title></head>" +
        $"<body style=\"font-family:Arial,sans-serif;color:#222;line-height:1.5\"><p style=\"font-weight:bold;color:#a50e0e\">{Html.Encode(siteName)}</p>";

    private static string Paragraphs(string text) =>
        string.Concat(text.Split("\n\n").Select(p => "<p>" + Html.Encode(p).Replace("&#xA;", "<br>", StringComparison.Ordinal) + "</p>"));

    private static string Shorten(string subject) => subject.Length <= 240 ? subject : subject[..239] + "…";
}
