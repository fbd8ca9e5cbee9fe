using DanVan.Orchard.Display;

namespace DanVan.Feedback;

public sealed class FeedbackAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Ý kiến bạn đọc", "~/admin/feedback", "✍", 40, FeedbackPermissions.ManageFeedback.Name),
        new("Mã kiểm tra", "~/admin/feedback/captcha", "⚿", 87, FeedbackPermissions.ManageFeedback.Name),
    ];
}
