using DanVan.Admin.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Admin.Controllers;

[Admin]
public sealed class AdminController(
    IContentManager contents, ContentDefinitionManager definitions, TenantContext tenant, AdminLayoutContext layout,
    Onboarding.OnboardingChecklist onboarding, IAuthorizationService authorization) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var counts = await contents.CountByTypeAsync(cancellationToken);
        var rows = definition.ContentTypes
            .Select(t => new ContentTypeCount(t.Name, t.DisplayName,
                counts.GetValueOrDefault((t.Name, true)), counts.GetValueOrDefault((t.Name, false))))
            .ToList();
        layout.Crumb("Tổng quan");

        // The steps (contacts, banner, colleagues) and hiding the list are the site administrator's: an Editor or an
        // Author could only meet refusals there.
        var firstSteps = await authorization.HasPermissionAsync(User, AdminPermissions.ManageSettings)
            ? await onboarding.GetAsync(cancellationToken)
            : [];
        return View(new DashboardViewModel(tenant.Site.SiteName, rows) { FirstSteps = firstSteps });
    }
}
