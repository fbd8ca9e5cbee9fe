using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Tenants.Controllers;

/// <summary>
/// The portal's export of any district (a zip download, as <c>tenants export</c>) and import of an export as a new
/// district (as <c>tenants import-site</c>): a refused zip answers 400 with the reason, and nothing is created.
/// </summary>
[Admin]
[RequirePermission(TenantsPermissions.Names.ManageTenants)]
[DefaultTenantOnly]
public sealed class TenantTransferController(
    ITenantManager tenants, ISiteImporter importer, Notifier notifier, AdminLayoutContext layout, IAuditTrailRecorder audit) : Controller
{
    // An export of a district with years of photos; the zip's own limits (DanVan:SiteTransfer) are checked on it after.
    private const long MaxUpload = 8L * 1024 * 1024 * 1024;

    [HttpGet("/admin/tenants/{name}/export")]
    public async Task<IActionResult> Export(string name, CancellationToken cancellationToken)
    {
        if (await RunningAsync(name, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Xuất trang");
        return View(tenant);
    }

    [HttpPost("/admin/tenants/{name}/export")]
    public async Task<IActionResult> Download(string name, bool includePasswordHashes, CancellationToken cancellationToken)
    {
        if (await RunningAsync(name, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, "SiteExported", tenant.DisplayName ?? tenant.Name,
            includePasswordHashes ? $"{tenant.Name}, kèm mật khẩu đã mã hóa" : tenant.Name), cancellationToken);
        return new SiteExportResult(tenant.Name, new SiteExportOptions(includePasswordHashes));
    }

    [HttpGet("/admin/tenants/import-site")]
    public IActionResult Import() => ImportPage(new SiteImportViewModel(), StatusCodes.Status200OK);

    [HttpPost("/admin/tenants/import-site")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Import(SiteImportViewModel model, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Chọn tệp zip của bản xuất.");
        }

        if (string.IsNullOrWhiteSpace(model.Name))
        {
            ModelState.AddModelError(nameof(model.Name), "Tên kỹ thuật là bắt buộc.");
        }

        if (!ModelState.IsValid)
        {
            return ImportPage(model, StatusCodes.Status400BadRequest);
        }

        try
        {
            // The server has buffered the upload already (memory, or its own temporary file): the zip is read there,
            // not copied once more.
            await using var archive = file!.OpenReadStream();
            var request = new SiteImportRequest(file.FileName, model.Name!.Trim(), Blank(model.DisplayName), Blank(model.Prefix), Blank(model.Host))
            {
                Archive = archive,
                OnWarning = notifier.Warning,
                Lenient = model.Lenient,
                AdminPassword = Blank(model.AdminPassword),
            };
            var tenant = await importer.ImportAsync(request, cancellationToken);
            await audit.RecordAsync(new AuditEvent(AuditCategories.Tenants, "SiteImported", tenant.DisplayName ?? tenant.Name, $"{tenant.Name}, từ {file.FileName}"), cancellationToken);
            notifier.Success($"Đã nhập trang “{tenant.DisplayName ?? tenant.Name}” từ bản xuất.");
            return Redirect(Url.Content("~/admin/tenants"));
        }
        catch (Exception e) when (e is SiteImportException or TenantValidationException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return ImportPage(model, e is TenantValidationException { Error.IsConflict: true } ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
    }

    private async Task<TenantSettings?> RunningAsync(string name, CancellationToken cancellationToken) =>
        await tenants.FindAsync(name, cancellationToken) is { State: TenantState.Running } tenant ? tenant : null;

    private ViewResult ImportPage(SiteImportViewModel model, int status)
    {
        model.AdminPassword = null; // never sent back into the page
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Nhập trang từ bản xuất");
        Response.StatusCode = status;
        return View("Import", model);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
