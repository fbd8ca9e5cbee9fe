namespace DanVan.MeetingReports.ViewModels;

/// <summary>A meeting report in a list; <see cref="Url"/> is tenant-relative (<c>hoi-nghi/…</c>).</summary>
public sealed record MeetingReportSummary(string Title, string Url, DateOnly? MeetingDate, string? Location, DateTime? PublishedUtc);
