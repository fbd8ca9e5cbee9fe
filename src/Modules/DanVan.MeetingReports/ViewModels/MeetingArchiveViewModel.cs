namespace DanVan.MeetingReports.ViewModels;

/// <summary>The meeting reports archive (<c>bao-cao-hoi-nghi</c>, or <c>bao-cao-hoi-nghi/{Year}</c>), years newest first.</summary>
public sealed record MeetingArchiveViewModel(int? Year, IReadOnlyList<YearCount> Years, IReadOnlyList<MeetingReportSummary> Items);

public sealed record YearCount(int Year, int Count);
