using DanVan.Orchard.Security;

namespace DanVan.Contents.Security;

public sealed class ContentPermissions : IPermissionProvider
{
    public static readonly Permission EditContent = new("EditContent", "Sửa mọi nội dung", "Nội dung");
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Viết và sửa nội dung của mình (bản nháp)", "Nội dung");
    public static readonly Permission PublishContent = new("PublishContent", "Đăng, gỡ mọi nội dung", "Nội dung");
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Đăng, gỡ nội dung của mình", "Nội dung");
    public static readonly Permission DeleteContent = new("DeleteContent", "Xóa mọi nội dung", "Nội dung");
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Xóa nội dung của mình", "Nội dung");
    public static readonly Permission RestoreContent = new("RestoreContent", "Khôi phục nội dung đã xóa", "Nội dung");

    /// <summary>For each "any item" permission, the one that suffices for the user's own items.</summary>
    public static readonly IReadOnlyDictionary<string, Permission> OwnVariants = new Dictionary<string, Permission>
    {
        [EditContent.Name] = EditOwnContent,
        [PublishContent.Name] = PublishOwnContent,
        [DeleteContent.Name] = DeleteOwnContent,
    };

    public string Feature => "DanVan.Contents";

    public IEnumerable<Permission> GetPermissions() =>
        [EditContent, EditOwnContent, PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent, RestoreContent];
}
