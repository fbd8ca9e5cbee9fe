using System.Globalization;
using DanVan.Email.Data;
using DanVan.Email.Outbox;
using DanVan.Email.Smtp;
using DanVan.Email.ViewModels;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Email.Controllers;

/// <summary>"Hộp thư đi": what waits, what failed (with the server's last answer) and what went; "Gửi lại" for a failed message.</summary>
[Admin]
[RequirePermission(EmailPermissions.Names.ManageEmail)]
public sealed class OutboxController(
    EmailDbContext db,
    SmtpEndpointResolver resolver,
    OutboxSignal signal,
    TenantContext tenant,
    Notifier notifier,
    AdminLayoutContext layout,
    [FromKeyedServices(OutboxClock.Key)] TimeProvider clock) : Controller
{
    public const int PageSize = 50;
    private const int MaxPage = int.MaxValue / PageSize;

    [HttpGet("/admin/email/outbox")]
    public async Task<IActionResult> Index(string? status, int? page, CancellationToken cancellationToken)
    {
        var shown = status is "sent" or "failed" ? status : "waiting";
        var wanted = shown switch { "sent" => OutboxStatus.Sent, "failed" => OutboxStatus.Failed, _ => OutboxStatus.Pending };
        var pageNumber = Math.Clamp(page ?? 1, 1, MaxPage);
        var query = db.Outbox.AsNoTracking().Where(m => m.Status == wanted);
        query = wanted == OutboxStatus.Sent ? query.OrderByDescending(m => m.SentUtc) : query.OrderByDescending(m => m.CreatedUtc);
        var records = await query.Skip((pageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(m => new { m.Id, m.To, m.Subject, m.CreatedUtc, m.Attempts, m.NextAttemptUtc, m.SentUtc, m.LastError, m.Status })
            .ToListAsync(cancellationToken);

        var counts = await db.Outbox.Where(m => m.Status != OutboxStatus.Sent)
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var waiting = counts.FirstOrDefault(c => c.Key == OutboxStatus.Pending)?.Count ?? 0;
        var failed = counts.FirstOrDefault(c => c.Key == OutboxStatus.Failed)?.Count ?? 0;
        var endpoint = await resolver.ResolveAsync(cancellationToken);
        var warning = endpoint.Kind == MailTransportKind.None && waiting > 0
            ? $"{endpoint.WhyNone} Hiện có {waiting} thư đang chờ gửi; thư sẽ được gửi khi có máy chủ."
            : null;

        var rows = records.Take(PageSize).Select(m => new OutboxRow(
            m.Id, m.To, m.Subject, Time(m.CreatedUtc), m.CreatedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            m.Attempts,
            m.Status switch
            {
                OutboxStatus.Sent => m.SentUtc is { } sent ? Time(sent) : null,
                OutboxStatus.Pending => Time(m.NextAttemptUtc),
                _ => null,
            },
            m.LastError,
            m.Status == OutboxStatus.Failed)).ToList();
        layout.Crumb("Hộp thư đi");
        return View(new OutboxPageViewModel(shown, pageNumber, records.Count > PageSize, rows, waiting, failed, warning));
    }

    /// <summary>A failed message goes back into the queue with its attempts counted from zero, sent as soon as the sender can.</summary>
    [HttpPost("/admin/email/outbox/{id}/retry")]
    public async Task<IActionResult> Retry(string id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var changed = await db.Outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptUtc, now)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null), cancellationToken);
        if (changed == 0)
        {
            notifier.Error("Không tìm thấy thư gửi không được này (có thể đã được gửi lại).");
            return Redirect(Url.Content("~/admin/email/outbox?status=failed"));
        }

        signal.Queued(tenant.Settings.Name);
        notifier.Success("Đã đưa thư vào hàng chờ để gửi lại.");
        return Redirect(Url.Content("~/admin/email/outbox"));
    }

    private string Time(DateTime utc) => tenant.ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
