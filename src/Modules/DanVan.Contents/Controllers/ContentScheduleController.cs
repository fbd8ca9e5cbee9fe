using DanVan.Contents.Scheduling;
using DanVan.Contents.Security;
using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>"Hẹn giờ đăng": publish the item's version shown now at a date and time of the tenant's time zone, or cancel that.</summary>
public sealed class ContentScheduleController(
    IContentManager contents,
    PublishSchedule schedule,
    TenantContext tenant,
    IAuthorizationService authorization,
    Notifier notifier,
    AdminLayoutContext layout) : ContentAdminControllerBase(authorization)
{
    private const string ViewPath = "~/Views/ContentAdmin/Schedule.cshtml";

    [HttpGet("/admin/contents/{id}/schedule")]
    public async Task<IActionResult> Index(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        var item = version.Item;
        if (!await Can(ContentPermissions.PublishContent, item))
        {
            return Forbid();
        }

        var scheduled = await schedule.GetAsync(id, cancellationToken);
        var local = scheduled is { } utc ? tenant.ToLocal(utc) : (DateTime?)null;
        return await PageAsync(version, new ContentScheduleViewModel
        {
            PublishDate = local?.ToString("dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture),
            PublishTime = local?.ToString("HH':'mm", System.Globalization.CultureInfo.InvariantCulture),
            ScheduledLocal = local,
        }, cancellationToken);
    }

    [HttpPost("/admin/contents/{id}/schedule")]
    public async Task<IActionResult> Set(
        string id, [FromForm] string? publishDate, [FromForm] string? publishTime, [FromForm] string? stamp, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        var item = version.Item;
        if (!await Can(ContentPermissions.PublishContent, item))
        {
            return Forbid();
        }

        var date = ScheduleTime.ParseDate(publishDate);
        var time = ScheduleTime.ParseTime(publishTime);
        if (date is null)
        {
            ModelState.AddModelError("PublishDate", "Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/07/2026.");
        }

        if (time is null)
        {
            ModelState.AddModelError("PublishTime", "Giờ không hợp lệ. Nhập theo dạng giờ:phút, từ 00:00 đến 23:59, ví dụ 08:00.");
        }

        DateTime? publishAtUtc = date is { } d && time is { } t ? ScheduleTime.ToUtc(d, t, tenant.TimeZone) : null;
        if (date is not null && time is not null && publishAtUtc is null)
        {
            ModelState.AddModelError("PublishTime", "Giờ này không có trong múi giờ của trang (đổi giờ mùa hè); chọn giờ khác.");
        }
        else if (publishAtUtc is { } at && at <= schedule.UtcNow)
        {
            ModelState.AddModelError("PublishDate", $"Thời điểm này đã qua (bây giờ là {ScheduleTime.Format(tenant.ToLocal(schedule.UtcNow))}). Chọn một thời điểm sau này, hoặc bấm “Đăng” để đăng ngay.");
        }

        // The version scheduled is the one shown when the page was opened: one saved since was not looked at, and a post
        // that does not say which one it saw pins none.
        var stale = !string.IsNullOrEmpty(stamp) && stamp != version.ConcurrencyStamp;
        if (string.IsNullOrEmpty(stamp))
        {
            ModelState.AddModelError(string.Empty, "Biểu mẫu không cho biết bạn đã xem phiên bản nào của bài, nên chưa hẹn giờ. Mở lại trang hẹn giờ rồi thử lại.");
        }
        else if (stale)
        {
            ModelState.AddModelError(string.Empty, "Bài vừa được sửa sau khi bạn mở trang này, nên chưa hẹn giờ. Xem lại bản mới nhất rồi hẹn giờ lại.");
        }

        if (!ModelState.IsValid || publishAtUtc is not { } publishAt)
        {
            Response.StatusCode = stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            var current = await schedule.GetAsync(id, cancellationToken);
            return await PageAsync(version, new ContentScheduleViewModel
            {
                PublishDate = publishDate,
                PublishTime = publishTime,
                ScheduledLocal = current is { } utc ? tenant.ToLocal(utc) : null,
            }, cancellationToken);
        }

        await schedule.SetAsync(version, publishAt, Actor, cancellationToken);
        notifier.Success($"Đã hẹn đăng “{item.DisplayText}” lúc {ScheduleTime.Format(tenant.ToLocal(publishAt))}. Bài vẫn là bản nháp đến lúc đó.");
        return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
    }

    [HttpPost("/admin/contents/{id}/schedule/cancel")]
    public async Task<IActionResult> Cancel(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { Item: var item })
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.PublishContent, item))
        {
            return Forbid();
        }

        if (await schedule.CancelAsync(id, cancellationToken))
        {
            notifier.Success($"Đã hủy hẹn giờ đăng “{item.DisplayText}”.");
        }

        return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
    }

    private async Task<ContentVersion?> FindAsync(string id, CancellationToken cancellationToken) =>
        await contents.GetLatestVersionAsync(id, cancellationToken) is { Removed: false } version ? version : null;

    private async Task<ViewResult> PageAsync(ContentVersion version, ContentScheduleViewModel model, CancellationToken cancellationToken)
    {
        var item = version.Item;
        model.Stamp = version.ConcurrencyStamp;
        model.CalledOffNotice = await CalledOffNoticeAsync(schedule, tenant, item.ContentItemId, cancellationToken);
        model.ContentItemId = item.ContentItemId;
        model.Title = item.DisplayText ?? item.ContentItemId;
        model.TimeZoneName = tenant.TimeZone.Id;
        layout.Crumb("Nội dung", "~/admin/contents").Crumb(model.Title, $"~/admin/contents/{item.ContentItemId}/edit").Crumb("Hẹn giờ đăng");
        return View(ViewPath, model);
    }

    /// <summary>The editor's notice of the item's schedule called off by a newer draft, or null.</summary>
    internal static async Task<string?> CalledOffNoticeAsync(PublishSchedule schedule, TenantContext tenant, string contentItemId, CancellationToken cancellationToken) =>
        await schedule.GetCalledOffAsync(contentItemId, cancellationToken) is { } off
            ? ScheduleNotice.Describe(off.CancelReason, ScheduleTime.Format(tenant.ToLocal(off.PublishAtUtc)), off.CancelledBy)
            : null;
}
