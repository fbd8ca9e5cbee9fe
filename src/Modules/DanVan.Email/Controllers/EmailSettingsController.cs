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
using Microsoft.EntityFrameworkCore;
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
    AdminLayoutContext layout) : Controller
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
                : string.IsNullOrEmpty(model.Password) ? current.ProtectedPassword
                : store.Protect(model.Password),
        };
        await store.SaveAsync(settings, cancellationToken);

        // What waited for a server, or failed against the old one's settings, is looked at again now.
        signal.Queued(tenant.Settings.Name);
        notifier.Success("Đã lưu cài đặt thư điện tử.");
        return Redirect(Url.Content("~/admin/email"));
    }

    [HttpPost("/admin/email/test")]
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
            return await RefusedAsync($"Không gửi được thư thử. Máy chủ trả lời: {e.Message}", cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            return await RefusedAsync($"Không gửi được thư thử. Máy chủ trả lời: {(int)e.StatusCode} {e.Message}", cancellationToken);
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
                $", người gửi “{endpoint.SenderName}” <{endpoint.SenderAddress}>.",
            MailTransportKind.MailDrop => "Chưa có máy chủ thư: đang chạy thử, thư được ghi thành tệp .eml trong thư mục mail-drop của trang.",
            _ => null,
        };
        model.Warning = endpoint.Kind == MailTransportKind.None
            ? $"{endpoint.WhyNone} Hiện có {waiting} thư đang chờ gửi."
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
