using DanVan.Orchard.Display;

namespace DanVan.Feedback.Dashboard;

public sealed record FeedbackDashboardModel(IReadOnlyList<FeedbackDistrictRow> Rows, Pager Pager, string PageKey);
