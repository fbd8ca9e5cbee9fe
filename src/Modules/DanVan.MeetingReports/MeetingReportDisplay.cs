using System.Text.Json.Nodes;
using DanVan.MeetingReports.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Contents.Parts;

namespace DanVan.MeetingReports;

public sealed class MeetingReportDisplay : IContentTypeDisplay
{
    public const string Type = "MeetingReport";
    private const string ContentType = Type;

    string IContentTypeDisplay.ContentType => Type;

    public string ViewPath => "~/Views/MeetingReport/Show.cshtml";

    public string PathPrefix => "hoi-nghi/";

    public object BuildViewModel(ContentItem item) => ToViewModel(item);

    public static MeetingReportViewModel ToViewModel(ContentItem item) => new(
        TitlePart.TitleOrDisplayText(item),
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

    public static MeetingReportSummary ToSummary(ContentItem item) => new(
        TitlePart.TitleOrDisplayText(item),
        AutoroutePart.Path(item) ?? string.Empty,
        MeetingDate(item.Field(ContentType, "MeetingDate")?["Value"]?.GetValue<string>()),
        item.Text(ContentType, "Location"),
        item.PublishedUtc);

    private static DateOnly? MeetingDate(string? value) => IsoDate.Parse(value) is { } date ? DateOnly.FromDateTime(date) : null;
}
