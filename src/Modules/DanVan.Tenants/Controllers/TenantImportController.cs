using System.Security.Claims;
using System.Text;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Tenants.Controllers;

/// <summary>Bulk provisioning: upload a CSV, read the validation report, start, watch the progress.</summary>
[Admin]
[RequirePermission(TenantsPermissions.Names.ManageTenants)]
[DefaultTenantOnly]
public sealed class TenantImportController(
    TenantCsvReader reader, TenantImportJobs jobs, IPublicAddress publicAddress, AdminLayoutContext layout) : Controller
{
    private const long MaxUpload = 2 * 1024 * 1024;

    [HttpGet("/admin/tenants/import")]
    public async Task<IActionResult> Index()
    {
        return Page(new TenantImportViewModel(), StatusCodes.Status200OK);
    }

    [HttpPost("/admin/tenants/import")]
    [RequestSizeLimit(MaxUpload + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Page(new TenantImportViewModel { Plan = new TenantImportPlan([], [new TenantImportError(0, "tệp", "Chọn một tệp CSV.")]) }, StatusCodes.Status400BadRequest);
        }

        if (file.Length > MaxUpload)
        {
            return Page(new TenantImportViewModel { Plan = new TenantImportPlan([], [new TenantImportError(0, "tệp", "Tệp lớn hơn 2 MB.")]) }, StatusCodes.Status400BadRequest);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return await ReportAsync(buffer.ToArray(), cancellationToken);
    }

    [HttpPost("/admin/tenants/import/start")]
    public async Task<IActionResult> Start([FromForm] string? csv, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(csv ?? string.Empty);
        var plan = await reader.ReadAsync(new MemoryStream(bytes), cancellationToken);
        if (!plan.IsValid)
        {
            // The tenants changed since the report (another admin, the CLI): show the new report, start nothing.
            return Page(new TenantImportViewModel { Csv = csv, Plan = plan }, StatusCodes.Status400BadRequest);
        }

        var job = jobs.Start(plan, publicAddress.PortalOrigin(Request), User.FindFirstValue(ClaimTypes.Name) ?? "?");
        return Redirect(Url.Content($"~/admin/tenants/import/{job.Id}"));
    }

    [HttpGet("/admin/tenants/import/{id}")]
    public async Task<IActionResult> Progress(string id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }

        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Nhập từ CSV", "~/admin/tenants/import").Crumb("Tiến độ");
        return View(job);
    }

    /// <summary>The same progress as JSON, for scripts and for the page's live bar.</summary>
    [HttpGet("/admin/tenants/import/{id}/status")]
    public async Task<IActionResult> Status(string id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }

        return Json(new
        {
            total = job.Plan.Rows.Count,
            completed = job.Completed,
            done = job.Count(ProvisionStatus.Done),
            skipped = job.Count(ProvisionStatus.Skipped),
            failed = job.Count(ProvisionStatus.Failed),
            finished = job.Finished,
            crash = job.Crash,
        });
    }

    private async Task<IActionResult> ReportAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var plan = await reader.ReadAsync(new MemoryStream(bytes), cancellationToken);
        var csv = plan.IsValid ? new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd() : null;
        return Page(new TenantImportViewModel { Csv = csv, Plan = plan }, plan.IsValid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private ViewResult Page(TenantImportViewModel model, int status)
    {
        Response.StatusCode = status;
        layout.Crumb("Các trang huyện", "~/admin/tenants").Crumb("Nhập từ CSV");
        return View("Index", model);
    }

}
