namespace DanVan.Feedback.Dashboard;

/// <summary>One district's line in the dashboard's feedback section; the counts are null when they could not be read (feature off, database missing).</summary>
public sealed record FeedbackDistrictRow(string Name, string DisplayName, string? AdminLink)
{
    /// <summary>Messages still "new" (not handled, not spam), whenever they came.</summary>
    public int? Unhandled { get; init; }

    /// <summary>Messages (not spam) received in the last <see cref="FeedbackCountsDashboardViewComponent.RecentDays"/> days.</summary>
    public int? Recent { get; init; }

    /// <summary>Why there are no counts; empty when there are.</summary>
    public string Note { get; init; } = string.Empty;
}
