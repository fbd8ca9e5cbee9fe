using DanVan.Orchard.Audit;
using DanVan.Orchard.Contents;

namespace DanVan.AuditTrail;

/// <summary>The Vietnamese words the audit list shows for categories and events.</summary>
public static class AuditTrailLabels
{
    /// <summary>The categories in the order the filter offers them.</summary>
    public static readonly IReadOnlyList<(string Name, string DisplayName)> Categories =
    [
        (AuditCategories.Content, "Nội dung"),
        (AuditCategories.Settings, "Cài đặt trang"),
        (AuditCategories.Menu, "Menu chính"),
        (AuditCategories.Users, "Người dùng và vai trò"),
        (AuditCategories.Media, "Thư viện tệp"),
        (AuditCategories.Features, "Tính năng"),
        (AuditCategories.SignIn, "Đăng nhập"),
        (AuditCategories.Tenants, "Các trang huyện"),
        (AuditCategories.Feedback, "Ý kiến bạn đọc"),
    ];

    private static readonly Dictionary<string, string> Events = new(StringComparer.Ordinal)
    {
        [Key(AuditCategories.Content, nameof(ContentEventKind.Created))] = "Tạo",
        [Key(AuditCategories.Content, nameof(ContentEventKind.Saved))] = "Lưu",
        [Key(AuditCategories.Content, nameof(ContentEventKind.Published))] = "Đăng",
        [Key(AuditCategories.Content, nameof(ContentEventKind.Unpublished))] = "Gỡ khỏi trang",
        [Key(AuditCategories.Content, nameof(ContentEventKind.Removed))] = "Xóa",
        [Key(AuditCategories.Content, nameof(ContentEventKind.Restored))] = "Khôi phục",
        [Key(AuditCategories.Content, nameof(ContentEventKind.VersionRestored))] = "Khôi phục phiên bản",
        [Key(AuditCategories.Content, "ScheduleCancelled")] = "Hủy lịch đăng (có bản nháp mới hơn)",
        [Key(AuditCategories.Settings, "Updated")] = "Sửa cài đặt",
        [Key(AuditCategories.Settings, "HomePageSet")] = "Đặt làm trang chủ",
        [Key(AuditCategories.Settings, "HomePageReset")] = "Bỏ trang chủ",
        [Key(AuditCategories.Menu, "Updated")] = "Sửa menu",
        [Key(AuditCategories.Users, "Created")] = "Thêm người dùng",
        [Key(AuditCategories.Users, "Edited")] = "Sửa người dùng",
        [Key(AuditCategories.Users, "RolesChanged")] = "Đổi vai trò",
        [Key(AuditCategories.Users, "Disabled")] = "Tạm khóa tài khoản",
        [Key(AuditCategories.Users, "Enabled")] = "Mở lại tài khoản",
        [Key(AuditCategories.Users, "Deleted")] = "Xóa người dùng",
        [Key(AuditCategories.Users, "PasswordReset")] = "Đặt lại mật khẩu",
        [Key(AuditCategories.Users, "PasswordResetRequested")] = "Yêu cầu đặt lại mật khẩu",
        [Key(AuditCategories.Users, "RolePermissionsChanged")] = "Đổi quyền của vai trò",
        [Key(AuditCategories.Media, "Uploaded")] = "Tải lên",
        [Key(AuditCategories.Media, "Deleted")] = "Xóa tệp",
        [Key(AuditCategories.Media, "Renamed")] = "Đổi tên tệp",
        [Key(AuditCategories.Media, "CaptionChanged")] = "Sửa chú thích",
        [Key(AuditCategories.Features, "Enabled")] = "Bật tính năng",
        [Key(AuditCategories.Features, "Disabled")] = "Tắt tính năng",
        [Key(AuditCategories.Features, "DisableRefused")] = "Bị từ chối tắt tính năng",
        [Key(AuditCategories.SignIn, "Succeeded")] = "Đăng nhập",
        [Key(AuditCategories.SignIn, "Failed")] = "Đăng nhập không thành công",
        [Key(AuditCategories.SignIn, "HumanCheckRefused")] = "Đăng nhập bị chặn: sai mã kiểm tra",
        [Key(AuditCategories.SignIn, "SignedOut")] = "Đăng xuất",
        [Key(AuditCategories.Tenants, "Created")] = "Tạo trang huyện",
        [Key(AuditCategories.Tenants, "Edited")] = "Sửa trang huyện",
        [Key(AuditCategories.Tenants, "SetUp")] = "Cài đặt trang huyện",
        [Key(AuditCategories.Tenants, "Disabled")] = "Tạm dừng trang huyện",
        [Key(AuditCategories.Tenants, "Enabled")] = "Mở lại trang huyện",
        [Key(AuditCategories.Tenants, "Removed")] = "Xóa trang huyện",
        [Key(AuditCategories.Tenants, "FeatureProfileSaved")] = "Lưu hồ sơ tính năng",
        [Key(AuditCategories.Tenants, "FeatureProfileDeleted")] = "Xóa hồ sơ tính năng",
        [Key(AuditCategories.Tenants, "Imported")] = "Nhập danh sách trang huyện",
        [Key(AuditCategories.Tenants, "SiteExported")] = "Xuất trang huyện (tệp zip)",
        [Key(AuditCategories.Tenants, "SiteImported")] = "Nhập trang từ bản xuất",
        [Key(AuditCategories.Settings, "SiteExported")] = "Xuất toàn bộ trang (tệp zip)",
        [Key(AuditCategories.Feedback, "StatusChanged")] = "Đổi trạng thái ý kiến",
        [Key(AuditCategories.Feedback, "Replied")] = "Trả lời ý kiến",
        [Key(AuditCategories.Feedback, "Published")] = "Đăng ý kiến dưới bài",
        [Key(AuditCategories.Feedback, "Unpublished")] = "Gỡ ý kiến khỏi bài",
        [Key(AuditCategories.Feedback, "Deleted")] = "Xóa ý kiến",
        [Key(AuditCategories.Feedback, "SettingsChanged")] = "Sửa cài đặt góp ý",
    };

    public static string Category(string category) =>
        Categories.FirstOrDefault(c => c.Name == category).DisplayName ?? category;

    public static string Event(string category, string name) =>
        Events.GetValueOrDefault(Key(category, name), name);

    private static string Key(string category, string name) => category + "." + name;
}
