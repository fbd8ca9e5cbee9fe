using DanVan.MeetingReports.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.MeetingReports.Controllers;

/// <summary>The meeting reports archive, by year of the meeting (<c>/bao-cao-hoi-nghi</c>, <c>/bao-cao-hoi-nghi/2026</c>).</summary>
[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class MeetingArchiveController(IContentManager contents) : Controller
{
    [HttpGet("/bao-cao-hoi-nghi")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => ArchiveAsync(null, cancellationToken);

    [HttpGet("/bao-cao-hoi-nghi/{year:int}")]
    public Task<IActionResult> Year(int year, CancellationToken cancellationToken) => ArchiveAsync(year, cancellationToken);

    private async Task<IActionResult> ArchiveAsync(int? year, CancellationToken cancellationToken)
    {
        var all = (await contents.ListPublishedAsync(MeetingReportDisplay.Type, 0, int.MaxValue, cancellationToken))
            .Select(MeetingReportDisplay.ToSummary)
            .OrderByDescending(m => m.MeetingDate ?? DateOnly.FromDateTime(m.PublishedUtc ?? DateTime.MinValue))
            .ToList();
        static int YearOf(MeetingReportSummary m) => m.MeetingDate?.Year ?? m.PublishedUtc?.Year ?? 0;
        var years = all.GroupBy(YearOf).Where(g => g.Key > 0).OrderByDescending(g => g.Key).Select(g => new YearCount(g.Key, g.Count())).ToList();
        if (year is { } selected && years.All(y => y.Year != selected))
        {
            return this.NotFoundPage();
        }

        var items = year is { } chosen ? all.Where(m => YearOf(m) == chosen).ToList() : all;
        return View("~/Views/MeetingArchive/Index.cshtml", new MeetingArchiveViewModel(year, years, items));
    }
}
