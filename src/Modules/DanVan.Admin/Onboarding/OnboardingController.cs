using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Admin.Onboarding;

/// <summary>Hides the dashboard's first-steps checklist before it is finished.</summary>
[Admin]
[RequirePermission(AdminPermissions.Names.ManageSettings)]
public sealed class OnboardingController(IDocumentStore documents, Notifier notifier) : Controller
{
    [HttpPost("/admin/onboarding/dismiss")]
    public async Task<IActionResult> Dismiss(CancellationToken cancellationToken)
    {
        var state = await documents.GetAsync<OnboardingState>(OnboardingState.DocumentId, cancellationToken);
        state.Dismissed = true;
        await documents.SaveAsync(OnboardingState.DocumentId, state, cancellationToken);
        notifier.Information("Đã ẩn danh sách các bước đầu tiên.");
        return Redirect(Url.Content("~/admin"));
    }
}
