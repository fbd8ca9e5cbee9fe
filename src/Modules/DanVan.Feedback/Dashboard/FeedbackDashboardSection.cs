using DanVan.Orchard.Display;

namespace DanVan.Feedback.Dashboard;

/// <summary>The provincial dashboard's "Ý kiến bạn đọc của các huyện" section.</summary>
public sealed class FeedbackDashboardSection : IDashboardSection
{
    public int Order => 110;

    public Type ViewComponent => typeof(FeedbackCountsDashboardViewComponent);
}
