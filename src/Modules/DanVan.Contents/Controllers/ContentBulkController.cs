using System.Globalization;
using DanVan.Contents.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>
/// The content list's bulk actions: one post with the selected items; each item is checked on its own (an Author
/// publishes their own items, not the others'), and one message says what was done and what was refused.
/// </summary>
public sealed class ContentBulkController(
    IContentManager contents,
    IAuthorizationService authorization,
    Notifier notifier,
    AdminLayoutContext layout) : ContentAdminControllerBase(authorization)
{
    /// <summary>More than a page of the list is not a selection someone made.</summary>
    private const int MaxItems = 100;

    [HttpPost("/admin/contents/bulk")]
    public async Task<IActionResult> Run([FromForm] string? bulkAction, [FromForm] string[]? ids, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var back = TenantReturnUrl.Check(HttpContext, returnUrl) ?? Url.Content("~/admin/contents");
        var selected = (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (BulkContentAction.Find(bulkAction) is not { } action)
        {
            return BadRequest("Chọn một thao tác (Đăng, Gỡ khỏi trang, Xóa, Khôi phục).");
        }

        if (selected.Count > MaxItems)
        {
            return BadRequest($"Chọn nhiều nhất {MaxItems} mục một lần.");
        }

        if (selected.Count == 0)
        {
            notifier.Warning("Chưa chọn mục nào: đánh dấu các mục trong danh sách rồi chọn thao tác.");
            return Redirect(back);
        }

        var found = new List<ContentVersion>();
        foreach (var id in selected)
        {
            if (await contents.GetLatestVersionAsync(id, cancellationToken) is { } version)
            {
                found.Add(version);
            }
        }

        if (action.Question is not null && Request.Form["confirmed"] != "true")
        {
            // Only the items the user may act on are named (and posted again): the question must not show the title
            // of an item the user has no right to, which the action would refuse anyway.
            var allowed = new List<ContentVersion>();
            foreach (var version in found)
            {
                if (version.Removed == action.OnRemoved && await Can(action.Permission, version.Item))
                {
                    allowed.Add(version);
                }
            }

            if (allowed.Count > 0)
            {
                layout.Crumb("Nội dung", "~/admin/contents").Crumb("Xác nhận");
                return View("~/Views/ContentAdmin/BulkConfirm.cshtml", new BulkConfirmViewModel(
                    action, allowed.Select(v => (v.Item.ContentItemId, v.Item.DisplayText ?? v.Item.ContentItemId)).ToList(), back,
                    Left: selected.Count - allowed.Count));
            }

            // Nothing to ask about: the result says what was refused, without naming it.
        }

        int done = 0, denied = 0, skipped = selected.Count - found.Count;
        foreach (var version in found)
        {
            if (version.Removed != action.OnRemoved)
            {
                skipped++;
            }
            else if (!await Can(action.Permission, version.Item))
            {
                denied++;
            }
            else if (await ActAsync(action, version, cancellationToken))
            {
                done++;
            }
            else
            {
                skipped++;
            }
        }

        var message = string.Create(CultureInfo.InvariantCulture, $"{action.Done} {done} mục");
        if (denied > 0)
        {
            message += string.Create(CultureInfo.InvariantCulture, $"; {denied} mục không đủ quyền");
        }

        if (skipped > 0)
        {
            message += string.Create(CultureInfo.InvariantCulture, $"; {skipped} mục bỏ qua (không có hoặc không cần thao tác này)");
        }

        if (denied > 0 || done == 0)
        {
            notifier.Warning(message + ".");
        }
        else
        {
            notifier.Success(message + ".");
        }

        return Redirect(back);
    }

    /// <summary>Does the action; false when the item does not need it (publishing what is published, unpublishing a draft).</summary>
    private async Task<bool> ActAsync(BulkContentAction action, ContentVersion version, CancellationToken cancellationToken)
    {
        var id = version.Item.ContentItemId;
        switch (action.Value)
        {
            case "publish" when !version.Item.Published:
                await contents.PublishAsync(id, Actor, cancellationToken);
                return true;
            case "unpublish" when (await contents.GetVersionsAsync(id, cancellationToken)).Any(v => v.Published):
                await contents.UnpublishAsync(id, Actor, cancellationToken);
                return true;
            case "delete":
                await contents.RemoveAsync(id, Actor, cancellationToken);
                return true;
            case "restore":
                await contents.RestoreAsync(id, Actor, cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
