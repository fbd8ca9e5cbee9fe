using DanVan.Orchard.Security;

namespace DanVan.Contents.Security;

public sealed class ContentPermissions : IPermissionProvider
{
    /// <summary>The permissions' names, as constants for attributes such as <see cref="RequirePermissionAttribute"/>.</summary>
    public static class Names
    {
        public const string EditContent = "EditContent";
        public const string EditOwnContent = "EditOwnContent";
        public const string PublishContent = "PublishContent";
        public const string PublishOwnContent = "PublishOwnContent";
        public const string DeleteContent = "DeleteContent";
        public const string DeleteOwnContent = "DeleteOwnContent";
        public const string RestoreContent = "RestoreContent";
    }

    public static readonly Permission EditContent = new(Names.EditContent, "Sửa mọi nội dung", "Nội dung");
    public static readonly Permission EditOwnContent = new(Names.EditOwnContent, "Viết và sửa nội dung của mình (bản nháp)", "Nội dung");
    public static readonly Permission PublishContent = new(Names.PublishContent, "Đăng, gỡ mọi nội dung", "Nội dung");
    public static readonly Permission PublishOwnContent = new(Names.PublishOwnContent, "Đăng, gỡ nội dung của mình", "Nội dung");
    public static readonly Permission DeleteContent = new(Names.DeleteContent, "Xóa mọi nội dung", "Nội dung");
    public static readonly Permission DeleteOwnContent = new(Names.DeleteOwnContent, "Xóa nội dung của mình", "Nội dung");
    public static readonly Permission RestoreContent = new(Names.RestoreContent, "Khôi phục nội dung đã xóa", "Nội dung");

    /// <summary>For each "any item" permission, the one that suffices for the user's own items.</summary>
    public static readonly IReadOnlyDictionary<string, Permission> OwnVariants = new Dictionary<string, Permission>
    {
        [EditContent.Name] = EditOwnContent,
        [PublishContent.Name] = PublishOwnContent,
        [DeleteContent.Name] = DeleteOwnContent,
    };

    public IEnumerable<Permission> GetPermissions() =>
        [EditContent, EditOwnContent, PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent, RestoreContent];
}
