using DanVan.Email.Data;
using DanVan.Email.Outbox;
using DanVan.Email.Smtp;
using DanVan.Email.ViewModels;
using DanVan.Orchard.Display;
using DanVan.Orchard.Email;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DanVan.Email.Controllers;

/// <summary>"Thư điện tử": the tenant's own mail server (or the host-wide one), and a test message that shows the server's answer.</summary>
[Admin]
[RequirePermission(EmailPermissions.Names.ManageEmail)]
public sealed class EmailSettingsController(
    EmailSettingsStore store,
    SmtpEndpointResolver resolver,
    MailTransportFactory transports,
    EmailDbContext db,
    OutboxSignal signal,
    TenantContext tenant,
    Notifier notifier,
    AdminLayoutContext layout,
    IOptionsMonitor<TenantSmtpOptions> tenantOptions,
    IOptionsMonitor<SmtpHostOptions> hostOptions,
    ILogger<EmailSettingsController> logger) : Controller
{
    [HttpGet("/admin/email")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        var model = new EmailSettingsViewModel
        {
            Host = settings.Host,
            Port = settings.Port,
            EncryptionMethod = settings.EncryptionMethod,
            RequireCredentials = settings.RequireCredentials,
            UserName = settings.UserName,
            DefaultSender = settings.DefaultSender,
            SenderName = settings.SenderName,
        };
        return await PageAsync(model, cancellationToken);
    }

    [HttpPost("/admin/email")]
    public async Task<IActionResult> Index(EmailSettingsViewModel model, CancellationToken cancellationToken)
    {
        CheckOneLine(nameof(model.SenderName), model.SenderName, "Tên người gửi");
        CheckOneLine(nameof(model.UserName), model.UserName, "Tên đăng nhập");
        CheckOneLine(nameof(model.Password), model.Password, "Mật khẩu");
        if (!string.IsNullOrWhiteSpace(model.DefaultSender))
        {
            try
            {
                model.DefaultSender = EmailMessageValidator.Address(model.DefaultSender);
            }
            catch (EmailMessageException e)
            {
                ModelState.AddModelError(nameof(model.DefaultSender), e.Message);
            }
        }

        if (!string.IsNullOrWhiteSpace(model.Host) && string.IsNullOrWhiteSpace(model.DefaultSender))
        {
            ModelState.AddModelError(nameof(model.DefaultSender), "Nhập địa chỉ người gửi cho máy chủ này.");
        }

        if (!string.IsNullOrWhiteSpace(model.Host))
        {
            await CheckServerAsync(model, cancellationToken);
        }

        if (model.RequireCredentials && string.IsNullOrWhiteSpace(model.UserName))
        {
            ModelState.AddModelError(nameof(model.UserName), "Nhập tên đăng nhập, hoặc bỏ chọn “Máy chủ yêu cầu đăng nhập”.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(model, cancellationToken);
        }

        var current = await store.GetAsync(cancellationToken);

        // The stored secret was given for one server and account: sent anywhere else it would go to whoever runs that
        // server (in its AUTH), so a new destination needs the password typed again.
        var sameDestination = string.Equals(Trimmed(model.Host), current.Host, StringComparison.OrdinalIgnoreCase)
            && model.Port == current.Port
            && string.Equals(Trimmed(model.UserName), current.UserName, StringComparison.Ordinal);
        var keepPassword = string.IsNullOrEmpty(model.Password) && !model.ClearPassword && sameDestination;
        var settings = new TenantSmtpSettings
        {
            Host = Trimmed(model.Host),
            Port = model.Port,
            EncryptionMethod = model.EncryptionMethod,
            RequireCredentials = model.RequireCredentials,
            UserName = Trimmed(model.UserName),
            DefaultSender = Trimmed(model.DefaultSender),
            SenderName = Trimmed(model.SenderName),
            ProtectedPassword = model.ClearPassword ? null
                : !string.IsNullOrEmpty(model.Password) ? store.Protect(model.Password)
                : keepPassword ? current.ProtectedPassword
                : null,
        };
        await store.SaveAsync(settings, cancellationToken);
        if (current.ProtectedPassword is not null && settings.ProtectedPassword is null && !model.ClearPassword)
        {
            notifier.Warning("Mật khẩu đã lưu bị xoá vì máy chủ, cổng hoặc tên đăng nhập đã đổi. Nhập lại mật khẩu cho máy chủ mới.");
        }

        // What waited for a server, or failed against the old one's settings, is looked at again now.
        signal.Queued(tenant.Settings.Name);
        notifier.Success("Đã lưu cài đặt thư điện tử.");
        return Redirect(Url.Content("~/admin/email"));
    }

    [HttpPost("/admin/email/test")]
    [EnableRateLimiting(EmailRateLimits.TestMail)]
    public async Task<IActionResult> Test([FromForm] string? testRecipient, CancellationToken cancellationToken)
    {
        string to;
        try
        {
            to = EmailMessageValidator.Address(testRecipient);
        }
        catch (EmailMessageException e)
        {
            return await RefusedAsync(e.Message, cancellationToken);
        }

        var endpoint = await resolver.ResolveAsync(cancellationToken);
        if (endpoint.Kind == MailTransportKind.None)
        {
            return await RefusedAsync(endpoint.WhyNone!, cancellationToken);
        }

        var message = new MimeMessage { Subject = $"Thư thử từ {tenant.Site.SiteName}" };
        message.From.Add(new MailboxAddress(endpoint.SenderName, endpoint.SenderAddress));
        if (endpoint.ReplyTo is not null)
        {
            message.ReplyTo.Add(new MailboxAddress(endpoint.SenderName, endpoint.ReplyTo));
        }

        message.To.Add(MailboxAddress.Parse(to));
        message.Body = new TextPart("plain") { Text = "Thư thử: máy chủ thư của trang đã nhận thư này. Không cần trả lời." };
        try
        {
            await using var transport = transports.Open(endpoint, tenant.Settings.Name);
            var answer = await transport.SendAsync(message, cancellationToken);
            notifier.Success($"Đã gửi thư thử tới {to}. Máy chủ trả lời: {answer}");
            return Redirect(Url.Content("~/admin/email"));
        }
        catch (MailConnectionException e)
        {
            EmailOutboxLog.TestMailFailed(logger, tenant.Settings.Name, endpoint.Host, endpoint.Port, e.Kind, e.Message);
            return await RefusedAsync(TestFailure(e.Kind, e.Message), cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            EmailOutboxLog.TestMailFailed(logger, tenant.Settings.Name, endpoint.Host, endpoint.Port, MailFailureKind.Protocol, $"{(int)e.StatusCode} {e.Message}");
            return await RefusedAsync("Không gửi được thư thử: máy chủ thư từ chối người gửi hoặc người nhận.", cancellationToken);
        }
    }

    /// <summary>
    /// A category, never the server's words: what answered on a host and port must not be readable from this page
    /// (it would make it a probe of other machines). The details are in the log.
    /// </summary>
    private static string TestFailure(MailFailureKind kind, string message) => "Không gửi được thư thử: " + kind switch
    {
        MailFailureKind.NotAllowed => message,
        MailFailureKind.Unreachable => "không kết nối được tới máy chủ thư (máy chủ không trả lời, từ chối kết nối hoặc không tìm thấy tên máy chủ).",
        MailFailureKind.Tls => "không thiết lập được kết nối bảo mật (TLS) với máy chủ thư (chứng chỉ không được tin cậy hoặc máy chủ không hỗ trợ kiểu bảo mật đã chọn).",
        MailFailureKind.Authentication => "máy chủ thư từ chối đăng nhập; kiểm tra tên đăng nhập và mật khẩu.",
        _ => "máy chủ thư trả lời không đúng giao thức SMTP hoặc ngắt kết nối.",
    } + " Chi tiết được ghi trong nhật ký hệ thống.";

    /// <summary>
    /// A tenant's own server: a port from the allowed list and a host whose addresses are public (resolved now; a
    /// name that does not resolve yet is let through — it is checked again, and connected by address, when used).
    /// </summary>
    private async Task CheckServerAsync(EmailSettingsViewModel model, CancellationToken cancellationToken)
    {
        var options = tenantOptions.CurrentValue;
        if (!options.AllowedPorts.Contains(model.Port))
        {
            ModelState.AddModelError(nameof(model.Port), SmtpConnectionPolicy.PortNotAllowedMessage(options.AllowedPorts));
        }

        if (options.AllowPrivateTenantHosts || ModelState.GetFieldValidationState(nameof(model.Host)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            return;
        }

        try
        {
            await SmtpAddressGuard.ResolveAllowedAsync(model.Host!, cancellationToken);
        }
        catch (MailConnectionException e) when (e.Kind == MailFailureKind.NotAllowed)
        {
            ModelState.AddModelError(nameof(model.Host), e.Message);
        }
        catch (MailConnectionException)
        {
            // Not found now: refused (without a probe) when the mail is sent, if it resolves to an internal address then.
        }
    }

    private async Task<IActionResult> RefusedAsync(string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await Index(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(EmailSettingsViewModel model, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(cancellationToken);
        var endpoint = await resolver.ResolveAsync(cancellationToken);
        var waiting = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        model.HasPassword = stored.ProtectedPassword is not null;
        model.Password = null;
        model.Status = endpoint.Kind switch
        {
            MailTransportKind.Smtp => $"Thư được gửi qua {endpoint.Host}:{endpoint.Port} " +
                (string.IsNullOrWhiteSpace(stored.Host) ? "(máy chủ chung của hệ thống)" : "(máy chủ riêng của trang)") +
                $", người gửi “{endpoint.SenderName}” <{endpoint.SenderAddress}>" +
                (endpoint.ReplyTo is null ? "." : $", thư trả lời về <{endpoint.ReplyTo}>: máy chủ chung chỉ gửi thư đứng tên các tên miền {string.Join(", ", hostOptions.CurrentValue.SenderDomains())}, " +
                    "nên địa chỉ của trang được đặt làm địa chỉ trả lời (Reply-To)."),
            MailTransportKind.MailDrop => "Chưa có máy chủ thư: đang chạy thử, thư được ghi thành tệp .eml trong thư mục mail-drop của trang.",
            _ => null,
        };
        model.Warning = endpoint.Kind == MailTransportKind.None
            ? $"{endpoint.WhyNone} Hiện có {waiting} thư đang chờ gửi."
            : null;
        var relay = hostOptions.CurrentValue;
        model.SenderHint = string.IsNullOrWhiteSpace(stored.Host) && !string.IsNullOrWhiteSpace(relay.Host)
            ? $"Qua máy chủ chung, chỉ địa chỉ thuộc tên miền {string.Join(", ", relay.SenderDomains())} đứng tên người gửi; " +
              $"địa chỉ khác được đặt làm địa chỉ trả lời (Reply-To) và thư đứng tên {relay.DefaultSender ?? "địa chỉ của máy chủ chung"}."
            : null;
        model.TestRecipient ??= User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value;
        layout.Crumb("Thư điện tử");
        return View("Index", model);
    }

    private void CheckOneLine(string field, string? value, string label)
    {
        if (value is not null && value.Any(char.IsControl))
        {
            ModelState.AddModelError(field, $"{label} không được có ký tự xuống dòng hay ký tự điều khiển.");
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
