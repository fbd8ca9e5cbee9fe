using DanVan.Orchard.Display;

namespace DanVan.Feedback;

public sealed class FeedbackAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Ý kiến bạn đọc", "~/admin/feedback", "✍", 40, FeedbackPermissions.ManageFeedback.Name),
        new("Cài đặt góp ý", "~/admin/feedback/captcha", "⚿", 87, FeedbackPermissions.ManageFeedback.Name),
    ];
}
