using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Admin.Controllers;

/// <summary>
/// <c>/admin/export</c>: the tenant's administrator downloads its own site as one zip (what <c>tenants export</c> writes;
/// the portal imports it as a new district). Only its own tenant: the export is of the tenant the request is in.
/// </summary>
[Admin]
[RequirePermission(AdminPermissions.Names.ExportSite)]
public sealed class ExportController(TenantContext tenant, AdminLayoutContext layout, IAuditTrailRecorder audit) : Controller
{
    [HttpGet("/admin/export")]
    public IActionResult Index()
    {
        layout.Crumb("Xuất trang");
        return View();
    }

    [HttpPost("/admin/export")]
    public async Task<IActionResult> Download(bool includePasswordHashes, CancellationToken cancellationToken)
    {
        var name = tenant.Settings.Name;
        await audit.RecordAsync(
            new AuditEvent(AuditCategories.Settings, "SiteExported", name, includePasswordHashes ? "kèm mật khẩu đã mã hóa" : null), cancellationToken);
        return new SiteExportResult(name, new SiteExportOptions(includePasswordHashes));
    }
}
