using DanVan.Orchard;
using DanVan.Orchard.Email;
using MimeKit;

namespace DanVan.Email.Smtp;

/// <summary>Development without a mail server: each message as an .eml file under <c>App_Data/Sites/&lt;tenant&gt;/mail-drop</c>.</summary>
public sealed class MailDropTransport(AppDataPaths paths, string tenantName) : IMailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.TenantFolder(tenantName), EmailOptions.MailDropFolderName);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
        // Written aside, then renamed: a reader of the folder never sees half a message.
        var temp = file + ".tmp";
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, file);
        return $"Đã ghi vào {Path.GetFileName(file)} (mail drop)";
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
