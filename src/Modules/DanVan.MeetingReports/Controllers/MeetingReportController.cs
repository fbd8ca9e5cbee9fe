using DanVan.MeetingReports.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.MeetingReports.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class MeetingReportController(TenantContext tenant, PublishedViewCache views) : Controller
{
    private const string CacheKind = "MeetingReports.Show";

    [HttpGet("/hoi-nghi/{slug}")]
    public async Task<IActionResult> Show(string? slug, CancellationToken cancellationToken)
    {
        // A blank slug binds as null (MVC turns whitespace into null).
        if (string.IsNullOrWhiteSpace(slug))
        {
            return this.NotFoundPage();
        }

        var path = "hoi-nghi/" + slug.ToLowerInvariant();
        var report = await views.GetOrAddAsync(tenant.Shell, CacheKind, path, () => LoadAsync(path, cancellationToken), Size);
        return report is null ? this.NotFoundPage() : View(report);
    }

    // The content manager is resolved only when the model is not kept: making it makes a DbContext.
    private async Task<MeetingReportViewModel?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var item = await HttpContext.RequestServices.GetRequiredService<IContentManager>()
            .GetPublishedByPathAsync(MeetingReportDisplay.Type, path, cancellationToken);
        return item is null ? null : MeetingReportDisplay.ToViewModel(item);
    }

    // Its text at two bytes a character, and object overheads.
    private static long Size(MeetingReportViewModel model) =>
        512 + 2L * (model.Title.Length + (model.Location?.Length ?? 0) + (model.Organiser?.Length ?? 0) + (model.Chair?.Length ?? 0) +
            (model.Reporter?.Length ?? 0) + (model.PeriodCovered?.Length ?? 0) + (model.ResultsHtml?.Length ?? 0) +
            (model.DifficultiesHtml?.Length ?? 0) + (model.DirectionsHtml?.Length ?? 0) + model.Attachments.Sum(a => a.Length));
}
