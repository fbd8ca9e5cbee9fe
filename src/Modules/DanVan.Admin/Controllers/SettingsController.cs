using DanVan.Admin.ViewModels;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using DanVan.Orchard.Text;

namespace DanVan.Admin.Controllers;

[Admin]
[RequirePermission(AdminPermissions.Names.ManageSettings)]
public sealed class SettingsController(
    SiteService sites, Notifier notifier, AdminLayoutContext layout, IAuditTrailRecorder audit) : Controller
{
    [HttpGet("/admin/settings")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var site = await sites.GetAsync(cancellationToken);
        return Page(new SettingsViewModel
        {
            SiteName = site.SiteName,
            BannerTitle = site.BannerTitle,
            BannerSubtitle = site.BannerSubtitle,
            BannerImagePath = site.BannerImagePath,
            ContactAddress = site.ContactAddress,
            ContactPhone = site.ContactPhone,
            ContactEmail = site.ContactEmail,
            TimeZone = site.TimeZone,
            Culture = site.Culture,
        });
    }

    [HttpPost("/admin/settings")]
    public async Task<IActionResult> Index(SettingsViewModel model, CancellationToken cancellationToken)
    {
        if (SiteSettings.FindTimeZone(model.TimeZone) is null)
        {
            ModelState.AddModelError(nameof(model.TimeZone), "Múi giờ không hợp lệ.");
        }

        if (SiteSettings.FindCulture(model.Culture) is null)
        {
            ModelState.AddModelError(nameof(model.Culture), "Ngôn ngữ không hợp lệ.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(model);
        }

        var before = await sites.GetAsync(cancellationToken);
        var site = before.Clone();
        site.SiteName = Normalize(model.SiteName) ?? site.SiteName;
        site.BannerTitle = Normalize(model.BannerTitle);
        site.BannerSubtitle = Normalize(model.BannerSubtitle);
        site.BannerImagePath = Normalize(model.BannerImagePath);
        site.ContactAddress = Normalize(model.ContactAddress);
        site.ContactPhone = Normalize(model.ContactPhone);
        site.ContactEmail = Normalize(model.ContactEmail);
        site.TimeZone = model.TimeZone;
        site.Culture = model.Culture;
        await sites.SaveAsync(site, cancellationToken);
        if (SettingsChanges.Describe(before, site) is { } changed)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Settings, "Updated", site.SiteName, changed), cancellationToken);
        }

        notifier.Success("Đã lưu cài đặt trang.");
        return Redirect(Url.Content("~/admin/settings"));
    }

    private ViewResult Page(SettingsViewModel model)
    {
        layout.Crumb("Cài đặt trang");
        return View("Index", model);
    }

    /// <summary>Trimmed NFC text without the characters XML cannot carry (the site name goes into the RSS feed); null when empty.</summary>
    private static string? Normalize(string? value) =>
        SafeText.Normalize(value ?? string.Empty).Trim() is { Length: > 0 } text ? text : null;
}
