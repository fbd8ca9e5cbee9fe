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

    /// <summary>
    /// The deepest page listed: the list is read with OFFSET, which walks every row it skips, so a page number in the
    /// millions would be a scan of the whole outbox per request. Sent mail is pruned after a month anyway.
    /// </summary>
    public const int MaxPage = 200;

    [HttpGet("/admin/email/outbox")]
    public async Task<IActionResult> Index(string? status, int? page, CancellationToken cancellationToken)
    {
        var shown = status is "sent" or "failed" ? status : "waiting";
        var wanted = shown switch { "sent" => OutboxStatus.Sent, "failed" => OutboxStatus.Failed, _ => OutboxStatus.Pending };
        var pageNumber = Math.Max(page ?? 1, 1);
        string? error = null;
        if (pageNumber > MaxPage)
        {
            error = $"Chỉ xem được {MaxPage} trang đầu ({MaxPage * PageSize} thư mới nhất) của mỗi danh sách; trang {pageNumber} không được hiển thị.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var query = db.Outbox.AsNoTracking().Where(m => m.Status == wanted);
        query = wanted == OutboxStatus.Sent ? query.OrderByDescending(m => m.SentUtc) : query.OrderByDescending(m => m.CreatedUtc);
        var records = await query.Skip(error is null ? (pageNumber - 1) * PageSize : 0).Take(error is null ? PageSize + 1 : 0)
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
        return View(new OutboxPageViewModel(shown, Math.Min(pageNumber, MaxPage), records.Count > PageSize && pageNumber < MaxPage, rows, waiting, failed, warning, error));
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
