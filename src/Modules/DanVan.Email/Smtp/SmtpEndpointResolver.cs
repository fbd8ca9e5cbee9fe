using DanVan.Orchard.Email;
using DanVan.Orchard.Settings;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Smtp;

/// <summary>
/// Decides where the current tenant's mail goes: its own server if it set one, else the host-wide server, else (in
/// development) the mail drop, else nowhere yet — then messages wait in the outbox.
/// </summary>
public sealed class SmtpEndpointResolver(
    EmailSettingsStore store, SiteService sites, IOptionsMonitor<SmtpHostOptions> hostOptions, IOptions<EmailOptions> emailOptions)
{
    public const string NoServer = "Chưa cấu hình máy chủ thư (SMTP): thư được giữ trong hộp thư đi, chờ đến khi có máy chủ.";

    public async Task<SmtpEndpoint> ResolveAsync(CancellationToken cancellationToken)
    {
        var own = await store.GetAsync(cancellationToken);
        var host = hostOptions.CurrentValue;
        var site = await sites.GetAsync(cancellationToken);
        var senderName = string.IsNullOrWhiteSpace(own.SenderName) ? site.SiteName : own.SenderName;
        var sender = own.DefaultSender ?? host.DefaultSender;

        if (!string.IsNullOrWhiteSpace(own.Host))
        {
            return sender is null
                ? SmtpEndpoint.None("Chưa có địa chỉ người gửi: nhập địa chỉ gửi trong trang Thư điện tử.", senderName)
                : new SmtpEndpoint(MailTransportKind.Smtp, own.Host, own.Port, own.EncryptionMethod,
                    own.RequireCredentials ? own.UserName : null, own.RequireCredentials ? store.Unprotect(own) : null,
                    sender, senderName, host.Timeout, TenantSet: true);
        }

        if (!string.IsNullOrWhiteSpace(host.Host))
        {
            // The shared relay signs for the operator's domains only: a tenant's address elsewhere becomes Reply-To.
            string? replyTo = null;
            if (own.DefaultSender is { } tenantSender && !IsAllowedOnRelay(tenantSender, host))
            {
                replyTo = tenantSender;
                sender = host.DefaultSender;
            }

            return sender is null
                ? SmtpEndpoint.None(replyTo is null
                    ? "Chưa có địa chỉ người gửi (DanVan:Email:Smtp:DefaultSender hoặc trang Thư điện tử)."
                    : "Địa chỉ gửi của trang không thuộc tên miền được phép của máy chủ chung, và máy chủ chung chưa có địa chỉ gửi (DanVan:Email:Smtp:DefaultSender).", senderName)
                : new SmtpEndpoint(MailTransportKind.Smtp, host.Host, host.Port, host.EncryptionMethod,
                    string.IsNullOrEmpty(host.UserName) ? null : host.UserName, host.Password, sender, senderName, host.Timeout, ReplyTo: replyTo);
        }

        return emailOptions.Value.MailDrop
            ? new SmtpEndpoint(MailTransportKind.MailDrop, null, 0, SmtpEncryptionMethod.None, null, null,
                sender ?? "no-reply@localhost", senderName, host.Timeout)
            : SmtpEndpoint.None(NoServer, senderName);
    }

    /// <summary>Whether <paramref name="address"/>'s domain is one the host-wide relay may send from (exact match, any case).</summary>
    public static bool IsAllowedOnRelay(string address, SmtpHostOptions host) =>
        address.Split('@') is [_, var domain] && host.SenderDomains().Contains(domain, StringComparer.OrdinalIgnoreCase);
}
