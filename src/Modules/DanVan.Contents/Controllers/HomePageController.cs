using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>
/// “Đặt làm trang chủ”: makes a published item the home page (Orchard's <c>HomeRoute</c> setting), or the news page
/// the home page again. A site setting, so it needs <c>ManageSettings</c>.
/// </summary>
public sealed class HomePageController(
    IContentManager contents, SiteService sites, IAuthorizationService authorization, Notifier notifier) : ContentAdminControllerBase(authorization)
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

        await SaveAsync(id, cancellationToken);
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

        await SaveAsync(null, cancellationToken);
        notifier.Success("Trang chủ lại là trang tin tức mới nhất.");
        return Redirect(Url.Content("~/admin/contents"));
    }

    private async Task SaveAsync(string? id, CancellationToken cancellationToken)
    {
        var site = (await sites.GetAsync(cancellationToken)).Clone();
        HomeRoute.Set(site, id);
        await sites.SaveAsync(site, cancellationToken);
    }
}
