using DanVan.Orchard.Security;

namespace DanVan.Feedback;

public sealed class FeedbackPermissions : IPermissionProvider
{
    public static class Names
    {
        public const string ManageFeedback = "ManageFeedback";
    }

    public static readonly Permission ManageFeedback = new(Names.ManageFeedback, "Đọc, trả lời và xử lý ý kiến bạn đọc; cài đặt mã kiểm tra", "Nội dung");

    public IEnumerable<Permission> GetPermissions() => [ManageFeedback];
}
