using System.Text;
using DanVan.Feedback.Data;
using DanVan.Feedback.Services;
using DanVan.Feedback.ViewModels;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Email;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Feedback.Controllers;

/// <summary>"Ý kiến bạn đọc" in the admin: list with filters and search, read, mark handled or spam, reply by e-mail, delete, export.</summary>
[Admin]
[RequirePermission(FeedbackPermissions.Names.ManageFeedback)]
public sealed class FeedbackAdminController(
    FeedbackDbContext db,
    IEmailOutbox outbox,
    IDocumentStore documents,
    TenantContext tenant,
    Notifier notifier,
    TimeProvider clock,
    IAuditTrailRecorder audit) : Controller
{
    public const int PageSize = 30;

    [HttpGet("/admin/feedback")]
    public async Task<IActionResult> Index(string? status, string? q, int? page, CancellationToken cancellationToken)
    {
        var shown = FeedbackQuery.NormalizeStatus(status);
        var query = FeedbackQuery.Filter(db.Messages.AsNoTracking(), shown, q);
        var pager = Pager.Of(page, PageSize, await query.CountAsync(cancellationToken));
        var rows = await query.Skip(pager.Skip).Take(PageSize).ToListAsync(cancellationToken);
        var counts = await db.Messages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return View(new FeedbackListViewModel { Status = shown, Query = q?.Trim(), Pager = pager, Rows = rows, Counts = counts });
    }

    [HttpGet("/admin/feedback/{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        ViewData["PublishAnswers"] = (await documents.GetAsync<FeedbackSettings>(FeedbackSettings.DocumentId, cancellationToken)).PublishAnswers;
        return message is null ? NotFound() : View(message);
    }

    [HttpPost("/admin/feedback/{id}/status")]
    public async Task<IActionResult> SetStatus(string id, string? value, CancellationToken cancellationToken)
    {
        var status = value switch { "handled" => FeedbackStatus.Handled, "spam" => FeedbackStatus.Spam, "new" => FeedbackStatus.New, _ => (FeedbackStatus?)null };
        if (status is null)
        {
            return BadRequest("Trạng thái không hợp lệ.");
        }

        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        message.Status = status.Value;
        message.HandledUtc = status == FeedbackStatus.New ? null : clock.GetUtcNow().UtcDateTime;
        message.HandledBy = status == FeedbackStatus.New ? null : User.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Feedback, "StatusChanged", Subject(message), FeedbackListViewModel.StatusName(message.Status)), CancellationToken.None);
        DropCachedPagesIfShown(message);
        notifier.Success($"Đã chuyển ý kiến “{message.Subject}” sang “{FeedbackListViewModel.StatusName(message.Status)}”.");
        return Redirect(Url.Content("~/admin/feedback/" + id));
    }

    /// <summary>The board's answer to the reader's address, through the outbox; the message counts as handled.</summary>
    [HttpPost("/admin/feedback/{id}/reply")]
    public async Task<IActionResult> Reply(string id, string? reply, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        var text = reply?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        string? error = message.Email is null ? "Bạn đọc không để lại địa chỉ thư điện tử, không thể trả lời qua thư."
            : string.IsNullOrEmpty(text) ? "Vui lòng nhập nội dung trả lời."
            : text.Length > FeedbackMessage.BodyMaxLength ? $"Nội dung trả lời dài tối đa {FeedbackMessage.BodyMaxLength} ký tự."
            : null;
        if (error is not null)
        {
            ModelState.AddModelError("reply", error);
            ViewData["Reply"] = reply;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Show", message);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        message.Reply = Orchard.Text.SafeText.Normalize(text!);
        message.RepliedUtc = now;
        message.Status = FeedbackStatus.Handled;
        message.HandledUtc = now;
        message.HandledBy = User.Identity?.Name;

        // The reply is recorded and queued together: never "sent" without a trace, nor noted but lost.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await outbox.EnqueueAsync(FeedbackEmails.Reply(message, message.Reply, SiteName()), transaction.GetDbTransaction(), cancellationToken);
        }
        catch (EmailMessageException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            return BadRequest(e.Message);
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Feedback, "Replied", Subject(message)), CancellationToken.None);
        DropCachedPagesIfShown(message);
        notifier.Success($"Đã đưa thư trả lời tới {message.Email} vào hộp thư đi.");
        return Redirect(Url.Content("~/admin/feedback/" + id));
    }

    /// <summary>Shows (or stops showing) a replied message with its answer under its article, where the tenant allows it.</summary>
    [HttpPost("/admin/feedback/{id}/publish")]
    public async Task<IActionResult> Publish(string id, bool value, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        if (value && !(await documents.GetAsync<FeedbackSettings>(FeedbackSettings.DocumentId, cancellationToken)).PublishAnswers)
        {
            return BadRequest("Trang chưa cho phép đăng ý kiến dưới bài viết (xem Cài đặt góp ý).");
        }

        if (value && (message.Reply is null || message.ContentPath is null || message.Status == FeedbackStatus.Spam))
        {
            return BadRequest("Chỉ đăng được ý kiến viết dưới một bài, đã có trả lời và không phải thư rác.");
        }

        message.IsPublished = value;
        await db.SaveChangesAsync(cancellationToken);

        // The article's cached copies would show the old list for minutes: a change of the tenant's content drops its
        // pages on this node and, through the bus, on every other node.
        await audit.RecordAsync(new AuditEvent(AuditCategories.Feedback, value ? "Published" : "Unpublished", Subject(message), message.ContentPath), CancellationToken.None);
        tenant.Shell.SignalChanged();
        notifier.Success(value ? "Đã đăng ý kiến và câu trả lời dưới bài viết." : "Đã gỡ ý kiến khỏi bài viết.");
        return Redirect(Url.Content("~/admin/feedback/" + id));
    }

    [HttpPost("/admin/feedback/{id}/delete")]
    public async Task<IActionResult> Delete(string id, bool confirmed, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is not null && !confirmed)
        {
            // Asked in the browser by the admin script; without it, this page asks: a delete cannot be undone.
            return View("ConfirmDelete", message);
        }

        var deleted = message is null ? 0 : await db.Messages.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Feedback, "Deleted", Subject(message!)), CancellationToken.None);

        if (message!.IsPublished)
        {
            tenant.Shell.SignalChanged();
        }

        notifier.Success("Đã xóa ý kiến.");
        return Redirect(Url.Content("~/admin/feedback"));
    }

    [HttpGet("/admin/feedback/export.csv")]
    public async Task<IActionResult> Export(string? status, string? q, CancellationToken cancellationToken)
    {
        var rows = await FeedbackQuery.Filter(db.Messages.AsNoTracking(), FeedbackQuery.NormalizeStatus(status), q).ToListAsync(cancellationToken);
        var csv = FeedbackCsv.Write(rows, utc => tenant.ToLocal(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"y-kien-ban-doc-{tenant.Settings.Name}.csv");
    }

    /// <summary>
    /// A message shown under its article (marked spam, or its answer changed) must not stay in the article's cached
    /// copies for minutes, as after Publish.
    /// </summary>
    private void DropCachedPagesIfShown(FeedbackMessage message)
    {
        if (message.IsPublished)
        {
            tenant.Shell.SignalChanged();
        }
    }

    private string SiteName() =>
        !string.IsNullOrWhiteSpace(tenant.Site.SiteName) ? tenant.Site.SiteName :
        string.IsNullOrWhiteSpace(tenant.Settings.DisplayName) ? tenant.Settings.Name : tenant.Settings.DisplayName;

    /// <summary>Names a message in the audit list by its subject and sender, never its text or the reader's contact details.</summary>
    private static string Subject(FeedbackMessage message) => $"{message.Subject} ({message.Name})";
}
