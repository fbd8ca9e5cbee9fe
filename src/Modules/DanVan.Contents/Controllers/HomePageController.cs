using DanVan.Orchard.Audit;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>
/// “Đặt làm trang chủ”: makes a published item the home page (Orchard's <c>HomeRoute</c> setting), or the news page
/// the home page again. A site setting, so it needs <c>ManageSettings</c>, and the audit trail keeps it as one.
/// </summary>
public sealed class HomePageController(
    IContentManager contents, SiteService sites, IAuthorizationService authorization, Notifier notifier, IAuditTrailRecorder audit)
    : ContentAdminControllerBase(authorization)
{
    [HttpPost("/admin/contents/{id}/home")]
    public async Task<IActionResult> Set(string id, CancellationToken cancellationToken)
    {
        if (!await Can(AdminPermissions.ManageSettings))
        {
            return Forbid();
        }

        var latest = await contents.GetLatestVersionAsync(id, cancellationToken);
        if (latest is null || latest.Removed)
        {
            return NotFound();
        }

        if ((await contents.GetPublishedAsync([id], cancellationToken)).Count == 0)
        {
            return BadRequest($"“{latest.Item.DisplayText}” chưa được đăng nên không thể làm trang chủ. Hãy đăng trước.");
        }

        var previous = await SaveAsync(id, cancellationToken);
        if (previous != id)
        {
            await audit.RecordAsync(
                new AuditEvent(AuditCategories.Settings, HomePageAuditEvents.Set, latest.Item.DisplayText ?? id, $"Mã nội dung {id}"), cancellationToken);
        }

        notifier.Success($"Trang chủ giờ là “{latest.Item.DisplayText}”.");
        return Redirect(Url.Content($"~/admin/contents/{id}/edit"));
    }

    [HttpPost("/admin/contents/home/reset")]
    public async Task<IActionResult> Reset(CancellationToken cancellationToken)
    {
        if (!await Can(AdminPermissions.ManageSettings))
        {
            return Forbid();
        }

        if (await SaveAsync(null, cancellationToken) is { } previous)
        {
            // The subject is the item that stops being the home page (its title if it still exists).
            var item = await contents.GetLatestVersionAsync(previous, cancellationToken);
            await audit.RecordAsync(
                new AuditEvent(AuditCategories.Settings, HomePageAuditEvents.Reset, item?.Item.DisplayText ?? previous, "Trang chủ lại là trang tin tức mới nhất"),
                cancellationToken);
        }

        notifier.Success("Trang chủ lại là trang tin tức mới nhất.");
        return Redirect(Url.Content("~/admin/contents"));
    }

    /// <summary>Saves the home route; returns the item that was the home page before (null: the news page was).</summary>
    private async Task<string?> SaveAsync(string? id, CancellationToken cancellationToken)
    {
        var before = await sites.GetAsync(cancellationToken);
        var site = before.Clone();
        HomeRoute.Set(site, id);
        await sites.SaveAsync(site, cancellationToken);
        return HomeRoute.ContentItemId(before);
    }
}
