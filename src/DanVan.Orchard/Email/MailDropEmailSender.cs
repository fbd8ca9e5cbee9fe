using System.Globalization;
using System.Text;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Email;

/// <summary>
/// Writes each e-mail as an <c>.eml</c> file (a pickup directory) under the sending tenant's folder,
/// <c>App_Data/Sites/&lt;tenant&gt;/mail-drop</c>, or <c>App_Data/mail-drop</c> outside a tenant (the CLI). A developer
/// opens the file for the link; the log gets the file's name, never the body.
/// </summary>
public sealed class MailDropEmailSender(AppDataPaths paths, IHttpContextAccessor accessor, TimeProvider clock, ILogger<MailDropEmailSender> logger)
    : IEmailSender
{

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var folder = Folder();
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var file = Path.Combine(folder, $"{now:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(file, Format(message, now), new UTF8Encoding(false), cancellationToken);
        EmailLog.WrittenToMailDrop(logger, message.To, message.Subject, file);
    }

    private string Folder() =>
        accessor.HttpContext?.RequestServices.GetService<TenantContext>() is { HasTenant: true } tenant
            ? Path.Combine(paths.TenantFolder(tenant.Settings.Name), EmailOptions.MailDropFolderName)
            : Path.Combine(paths.Root, EmailOptions.MailDropFolderName);

    private static string Format(EmailMessage message, DateTimeOffset now)
    {
        var subject = "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject)) + "?=";
        return new StringBuilder()
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: ").Append(subject).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.TextBody.ReplaceLineEndings("\r\n"))
            .ToString();
    }
}
