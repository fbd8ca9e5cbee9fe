using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.MeetingReports.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class MeetingReportController(IContentManager contents) : Controller
{
    [HttpGet("/hoi-nghi/{slug}")]
    public async Task<IActionResult> Show(string? slug, CancellationToken cancellationToken)
    {
        // A blank slug binds as null (MVC turns whitespace into null).
        if (string.IsNullOrWhiteSpace(slug))
        {
            return this.NotFoundPage();
        }

        var item = await contents.GetPublishedByPathAsync(MeetingReportDisplay.Type, "hoi-nghi/" + slug.ToLowerInvariant(), cancellationToken);
        return item is null ? this.NotFoundPage() : View(MeetingReportDisplay.ToViewModel(item));
    }
}
