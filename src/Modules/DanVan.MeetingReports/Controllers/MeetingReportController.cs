using System.Globalization;
using System.Text.Json.Nodes;
using DanVan.MeetingReports.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.MeetingReports.Controllers;

[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class MeetingReportController(ContentManager contents) : Controller
{
    private const string ContentType = "MeetingReport";

    [HttpGet("/hoi-nghi/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var item = await contents.GetPublishedByPathAsync(ContentType, "hoi-nghi/" + slug.ToLowerInvariant(), cancellationToken);
        return item is null ? NotFound() : View(ToViewModel(item));
    }

    private static MeetingReportViewModel ToViewModel(ContentItem item) => new(
        item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? item.DisplayText ?? string.Empty,
        MeetingDate(item.Field(ContentType, "MeetingDate")?["Value"]?.GetValue<string>()),
        item.Text(ContentType, "Location"),
        item.Text(ContentType, "Organiser"),
        item.Text(ContentType, "Chair"),
        item.Text(ContentType, "Reporter"),
        item.Text(ContentType, "PeriodCovered"),
        item.Html(ContentType, "Results"),
        item.Html(ContentType, "Difficulties"),
        item.Html(ContentType, "Directions"),
        item.Field(ContentType, "Attachments")?["Paths"] is JsonArray paths
            ? paths.Select(p => p?.GetValue<string>()).OfType<string>().ToList()
            : [],
        item.PublishedUtc);

    private static DateOnly? MeetingDate(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date)
            : null;
}
