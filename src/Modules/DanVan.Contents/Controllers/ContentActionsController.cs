using System.Globalization;
using DanVan.Contents.Scheduling;
using DanVan.Contents.Security;
using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>The content admin's actions on an item as a whole: publish, unpublish, delete, restore, its versions.</summary>
public sealed class ContentActionsController(
    IContentManager contents,
    PublishSchedule schedule,
    IAuthorizationService authorization,
    Notifier notifier,
    AdminLayoutContext layout) : ContentAdminControllerBase(authorization)
{
    [HttpPost("/admin/contents/{id}/publish")]
    public Task<IActionResult> Publish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentPermissions.PublishContent, () => contents.PublishAsync(id, Actor, cancellationToken), "Đã đăng “{0}”.", cancellationToken);

    [HttpPost("/admin/contents/{id}/unpublish")]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentPermissions.PublishContent, () => contents.UnpublishAsync(id, Actor, cancellationToken), "Đã gỡ “{0}” khỏi trang; bài vẫn còn dưới dạng bản nháp.", cancellationToken,
            new ContentConfirmation("Gỡ “{0}” khỏi trang? Bạn đọc sẽ không xem được bài nữa; bài vẫn còn dưới dạng bản nháp.", "Gỡ khỏi trang", Danger: false));

    [HttpPost("/admin/contents/{id}/delete")]
    public Task<IActionResult> Delete(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentPermissions.DeleteContent, () => contents.RemoveAsync(id, Actor, cancellationToken), "Đã xóa “{0}”. Quản trị viên có thể khôi phục trong mục “Đã xóa”.", cancellationToken,
            new ContentConfirmation("Xóa “{0}”? Bài bị gỡ khỏi trang; quản trị viên có thể khôi phục sau.", "Xóa", Danger: true));

    [HttpPost("/admin/contents/{id}/restore")]
    public async Task<IActionResult> Restore(string id, CancellationToken cancellationToken)
    {
        var version = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (version is null || !version.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.RestoreContent))
        {
            return Forbid();
        }

        await contents.RestoreAsync(id, Actor, cancellationToken);
        notifier.Success($"Đã khôi phục “{version.Item.DisplayText}” (dưới dạng bản nháp).");
        return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
    }

    [HttpGet("/admin/contents/{id}/versions")]
    public async Task<IActionResult> Versions(string id, CancellationToken cancellationToken)
    {
        var latest = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (latest is null || latest.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.EditContent, latest.Item))
        {
            return Forbid();
        }

        var versions = await contents.GetVersionsAsync(id, cancellationToken);
        layout.Crumb("Nội dung", "~/admin/contents").Crumb(latest.Item.DisplayText ?? id, $"~/admin/contents/{id}/edit").Crumb("Các phiên bản");
        return View("~/Views/ContentAdmin/Versions.cshtml", new ContentVersionsViewModel(id, latest.Item.DisplayText ?? id,
            versions.Select(v => new ContentVersionRow(v.Version, v.Latest, v.Published)).ToList(), CanRestore: true));
    }

    [HttpPost("/admin/contents/{id}/versions/{versionId}/restore")]
    public async Task<IActionResult> RestoreVersion(string id, string versionId, CancellationToken cancellationToken)
    {
        var latest = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (latest is null || latest.Removed)
        {
            return NotFound();
        }

        if (!await Can(ContentPermissions.EditContent, latest.Item))
        {
            return Forbid();
        }

        ContentVersion restored;
        try
        {
            restored = await contents.RestoreVersionAsync(id, versionId, Actor, cancellationToken);
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }

        notifier.Success("Đã khôi phục phiên bản cũ thành bản nháp mới nhất. Kiểm tra rồi bấm “Đăng” để đưa lên trang.");

        // A restored version is a new draft like a saved one: the schedule follows it or is called off.
        if (await schedule.DraftSavedAsync(restored, await Can(ContentPermissions.PublishContent, restored.Item), Actor, cancellationToken) is { CalledOff: true })
        {
            notifier.Warning("Lịch đăng của bài đã bị hủy vì bạn không có quyền đăng bài này: biên tập viên cần xem lại bản nháp rồi hẹn giờ lại.");
        }
        return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
    }

    private async Task<IActionResult> ActAsync(
        string id, Permission permission, Func<Task> action, string success, CancellationToken cancellationToken, ContentConfirmation? confirmation = null)
    {
        var version = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (version is null || version.Removed)
        {
            return NotFound();
        }

        if (!await Can(permission, version.Item))
        {
            return Forbid();
        }

        var returnUrl = Request.Form["returnUrl"].ToString();
        if (confirmation is not null && Request.Form["confirmed"] != "true")
        {
            // Asked once more, also without the admin's script (which asks before posting and then sends "confirmed").
            layout.Crumb("Nội dung", "~/admin/contents").Crumb("Xác nhận");
            return View("~/Views/ContentAdmin/Confirm.cshtml", confirmation.For(
                version.Item.DisplayText ?? id, Request.PathBase + Request.Path, TenantReturnUrl.Check(HttpContext, returnUrl) ?? Url.Content($"~/admin/contents/{id}/edit")));
        }

        await action();
        notifier.Success(string.Format(CultureInfo.InvariantCulture, success, version.Item.DisplayText));
        return Redirect(TenantReturnUrl.Check(HttpContext, returnUrl) ?? Url.Content("~/admin/contents"));
    }
}
