using DanVan.Admin.ViewModels;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Admin.Controllers;

[Admin]
[RequirePermission(AdminPermissions.Names.ManageFeatures)]
public sealed class FeaturesController(
    FeatureManager features, FeatureCatalog catalog, Notifier notifier, AdminLayoutContext layout,
    DanVan.Orchard.Tenancy.TenantContext tenant, IFeatureProfiles profiles, IAuditTrailRecorder audit) : Controller
{
    [HttpGet("/admin/features")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await PageAsync(cancellationToken);

    [HttpPost("/admin/features/{id}/enable")]
    public async Task<IActionResult> Enable(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } feature || (feature.DefaultTenantOnly && !tenant.IsDefault))
        {
            return NotFound();
        }

        if (feature.IsAlwaysEnabled && await features.IsEnabledAsync(feature.Id, cancellationToken))
        {
            notifier.Error($"Tính năng “{feature.Name}” luôn bật; không cần bật hay tắt.");
            return Redirect(Url.Content("~/admin/features"));
        }

        var needed = catalog.WithDependencies([feature.Id]);
        foreach (var neededId in needed)
        {
            if (!await profiles.IsAllowedAsync(neededId, cancellationToken))
            {
                notifier.Error($"Ban Dân vận Tỉnh ủy chưa cho phép trang này bật tính năng “{catalog.Find(neededId)!.Name}”.");
                return Redirect(Url.Content("~/admin/features"));
            }
        }

        var added = await features.EnableAsync([feature.Id], cancellationToken);
        if (added.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Features, "Enabled", feature.Name, Names(added)), cancellationToken);
        }

        notifier.Success(added.Count switch
        {
            0 => $"Tính năng “{feature.Name}” đã được bật từ trước.",
            1 => $"Đã bật tính năng “{feature.Name}”.",
            _ => $"Đã bật “{feature.Name}” cùng các tính năng cần thiết: {string.Join(", ", added.Where(a => a != feature.Id).Select(a => catalog.Find(a)!.Name))}.",
        });
        return Redirect(Url.Content("~/admin/features"));
    }

    [HttpPost("/admin/features/{id}/disable")]
    public async Task<IActionResult> Disable(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } feature)
        {
            return NotFound();
        }

        var enabled = await features.GetEnabledAsync(cancellationToken);
        var along = catalog.WithDependents([feature.Id], enabled);
        if (along.Select(catalog.Find).FirstOrDefault(f => f!.IsAlwaysEnabled) is { } locked)
        {
            notifier.Error(locked.Id == feature.Id
                ? $"Không thể tắt “{feature.Name}”: tính năng này luôn bật (trang quản trị cần nó)."
                : $"Không thể tắt “{feature.Name}”: tính năng luôn bật “{locked.Name}” cần nó.");
            return Redirect(Url.Content("~/admin/features"));
        }

        foreach (var alongId in along)
        {
            if (await profiles.IsRequiredAsync(alongId, cancellationToken))
            {
                var required = catalog.Find(alongId)!;
                notifier.Error(required.Id == feature.Id
                    ? $"Không thể tắt “{feature.Name}”: Ban Dân vận Tỉnh ủy yêu cầu các trang huyện luôn bật tính năng này."
                    : $"Không thể tắt “{feature.Name}”: tính năng “{required.Name}” cần nó, và Ban Dân vận Tỉnh ủy yêu cầu luôn bật “{required.Name}”.");
                return await PageAsync(cancellationToken, StatusCodes.Status409Conflict);
            }
        }

        // Recorded before: once the audit trail itself is off, nothing would hear of it.
        var removing = along.Where(enabled.Contains).ToList();
        if (removing.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Features, "Disabled", feature.Name, Names(removing)), cancellationToken);
        }

        var removed = await features.DisableAsync([feature.Id], cancellationToken);
        notifier.Success(removed.Count <= 1
            ? $"Đã tắt tính năng “{feature.Name}”."
            : $"Đã tắt “{feature.Name}” cùng các tính năng phụ thuộc: {string.Join(", ", removed.Where(r => r != feature.Id).Select(r => catalog.Find(r)!.Name))}.");
        return Redirect(Url.Content("~/admin/features"));
    }

    private string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => catalog.Find(id)?.Name ?? id));

    private async Task<ViewResult> PageAsync(CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var required = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in catalog.All)
        {
            if (await profiles.IsAllowedAsync(feature.Id, cancellationToken))
            {
                allowed.Add(feature.Id);
            }

            if (await profiles.IsRequiredAsync(feature.Id, cancellationToken))
            {
                required.Add(feature.Id);
            }
        }

        var list = catalog.All
            .Where(f => f.Id != FeatureIds.Setup && (!f.DefaultTenantOnly || tenant.IsDefault))
            .OrderBy(f => f.Category).ThenBy(f => f.Name)
            .Select(f => new FeatureViewModel(
                f.Id, f.Name, f.Description, f.Category, enabled.Contains(f.Id), f.IsAlwaysEnabled, allowed.Contains(f.Id),
                f.Dependencies.Select(d => catalog.Find(d)?.Name ?? d).ToList(),
                catalog.WithDependents([f.Id], enabled).Where(d => d != f.Id).Select(d => catalog.Find(d)?.Name ?? d).ToList())
            {
                RequiredByProvince = required.Contains(f.Id),
            })
            .ToList();
        layout.Crumb("Tính năng");
        var page = View("Index", list);
        page.StatusCode = status;
        return page;
    }
}
