using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Tenants.Controllers;

/// <summary>The portal's feature profiles: which features a district's administrators may turn on.</summary>
[Admin]
[RequirePermission(TenantsPermissions.Names.ManageTenants)]
[DefaultTenantOnly]
public sealed class FeatureProfilesController(
    FeatureProfileStore profiles, FeatureCatalog catalog, Notifier notifier, AdminLayoutContext layout,
    RequiredFeatures requiredFeatures, IAuditTrailRecorder audit) : Controller
{
    [HttpGet("/admin/tenants/feature-profiles")]
    public async Task<IActionResult> Index(string? edit, CancellationToken cancellationToken)
    {
        var model = new FeatureProfilesViewModel();
        if (edit is not null && await profiles.FindAsync(edit, cancellationToken) is { } profile)
        {
            model.Name = profile.Name;
            model.Rules = profile.ToText();
        }

        return await PageAsync(model, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("/admin/tenants/feature-profiles")]
    public async Task<IActionResult> Save(FeatureProfilesViewModel model, CancellationToken cancellationToken)
    {
        var (profile, problems) = FeatureProfile.Parse(model.Name?.Trim() ?? string.Empty, model.Rules ?? string.Empty);
        if (profile is null)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(string.Empty, problem);
            }

            return await PageAsync(model, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await profiles.SaveAsync(profile, cancellationToken);
        var failed = await requiredFeatures.EnsureAllAsync(profile, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, "FeatureProfileSaved", profile.Name, profile.ToText().Replace('\n', ';')), cancellationToken);
        notifier.Success($"Đã lưu hồ sơ tính năng “{profile.Name}”. Gán cho trang huyện trong trang sửa của từng trang.");
        if (failed.Count > 0)
        {
            notifier.Warning($"Chưa bật được các tính năng bắt buộc ở: {string.Join(", ", failed)}. Xem nhật ký hệ thống; lưu lại hồ sơ để thử lại.");
        }
        return Redirect(Url.Content("~/admin/tenants/feature-profiles"));
    }

    [HttpPost("/admin/tenants/feature-profiles/{name}/delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        await profiles.DeleteAsync(name, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, "FeatureProfileDeleted", name), cancellationToken);
        notifier.Success($"Đã xóa hồ sơ “{name}”. Trang nào còn gán hồ sơ này sẽ không bật thêm được tính năng nào.");
        return Redirect(Url.Content("~/admin/tenants/feature-profiles"));
    }

    private async Task<IActionResult> PageAsync(FeatureProfilesViewModel model, int status, CancellationToken cancellationToken)
    {
        model.Profiles = await profiles.ListAsync(cancellationToken);
        model.Features = catalog.All.Where(f => !f.DefaultTenantOnly).OrderBy(f => f.Id).Select(f => (f.Id, f.Name)).ToList();
        Response.StatusCode = status;
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Hồ sơ tính năng");
        return View("Index", model);
    }
}
