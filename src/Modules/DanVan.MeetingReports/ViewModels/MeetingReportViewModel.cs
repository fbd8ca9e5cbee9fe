namespace DanVan.MeetingReports.ViewModels;

public sealed record MeetingReportViewModel(
    string Title,
    DateOnly? MeetingDate,
    string? Location,
    string? Organiser,
    string? Chair,
    string? Reporter,
    string? PeriodCovered,
    string? ResultsHtml,
    string? DifficultiesHtml,
    string? DirectionsHtml,
    IReadOnlyList<string> Attachments,
    DateTime? PublishedUtc);
