using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Orchard.Email;

namespace DanVan.Email.Templates;

/// <summary>
/// The module's Vietnamese messages: a subject, a plain-text body and the same in HTML (a simple layout with the
/// board's name). Links are absolute, built by the caller from the tenant's public address.
/// </summary>
public static class EmailTemplateRenderer
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static RenderedEmail Render(EmailMessage message, string siteName)
    {
        if (message.Template is null)
        {
            return new RenderedEmail(message.Subject, message.TextBody, message.HtmlBody);
        }

        var link = Value(message, EmailTemplates.Values.Link);
        var user = message.Values.GetValueOrDefault(EmailTemplates.Values.UserName) ?? message.To;
        return message.Template switch
        {
            EmailTemplates.Invitation => Build(
                $"Mời quản trị trang {siteName}",
                siteName,
                $"Trang {siteName} đã được tạo và bạn là quản trị viên.",
                $"Mở liên kết sau để đặt mật khẩu (dùng được một lần, trong 24 giờ), rồi đăng nhập với tên đăng nhập \"{user}\":",
                link,
                "Đặt mật khẩu",
                "Nếu bạn không chờ thư này, hãy bỏ qua nó."),
            EmailTemplates.PasswordReset => Build(
                $"Đặt lại mật khẩu – {siteName}",
                siteName,
                $"Chào {user},",
                "Để đặt lại mật khẩu, mở liên kết sau (dùng được một lần):",
                link,
                "Đặt lại mật khẩu",
                "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không đổi."),
            _ => throw new EmailMessageException($"Không có mẫu thư '{message.Template}'."),
        };
    }

    private static string Value(EmailMessage message, string name) =>
        message.Values.GetValueOrDefault(name) is { Length: > 0 } value
            ? value
            : throw new EmailMessageException($"Mẫu thư '{message.Template}' cần giá trị '{name}'.");

    private static RenderedEmail Build(string subject, string siteName, string greeting, string instruction, string link, string button, string footer)
    {
        var text = $"{greeting}\n\n{instruction}\n{link}\n\n{footer}\n\n-- \n{siteName}\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>{Html.Encode(subject)}</title></head>
            <body style="font-family:Arial,sans-serif;color:#222;line-height:1.5">
            <p style="font-weight:bold;color:#a50e0e">{Html.Encode(siteName)}</p>
            <p>{Html.Encode(greeting)}</p>
            <p>{Html.Encode(instruction)}</p>
            <p><a href="{Html.Encode(link)}" style="background:#a50e0e;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px">{Html.Encode(button)}</a></p>
            <p style="font-size:small">Hoặc chép địa chỉ này vào trình duyệt: {Html.Encode(link)}</p>
            <p style="font-size:small;color:#555">{Html.Encode(footer)}</p>
            </body></html>
            """;
        return new RenderedEmail(subject, text, html);
    }
}
