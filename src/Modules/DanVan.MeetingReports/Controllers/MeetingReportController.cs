using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.MeetingReports.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class MeetingReportController(ContentManager contents) : Controller
{
    private const string ContentType = MeetingReportDisplay.Type;

    [HttpGet("/hoi-nghi/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var item = await contents.GetPublishedByPathAsync(ContentType, "hoi-nghi/" + slug.ToLowerInvariant(), cancellationToken);
        return item is null ? NotFound() : View(MeetingReportDisplay.ToViewModel(item));
    }
}
