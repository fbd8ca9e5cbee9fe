using DanVan.Orchard.Security;

namespace DanVan.Media.Security;

/// <summary>
/// ManageMedia: every file of the library. ManageOwnMedia: browse and upload, and rename, move, relabel or delete the
/// files one uploaded oneself. ManageMedia implies ManageOwnMedia.
/// </summary>
public sealed class MediaPermissions : IPermissionProvider
{
    /// <summary>The permissions' names, as constants for attributes such as <see cref="RequirePermissionAttribute"/>.</summary>
    public static class Names
    {
        public const string ManageMedia = "ManageMedia";
        public const string ManageOwnMedia = "ManageOwnMedia";
    }

    public static readonly Permission ManageMedia = new(Names.ManageMedia, "Tải lên, sửa, xóa mọi ảnh và tài liệu", "Media");
    public static readonly Permission ManageOwnMedia = new(Names.ManageOwnMedia, "Tải lên ảnh và tài liệu; sửa, xóa tệp của mình", "Media");

    public IEnumerable<Permission> GetPermissions() => [ManageMedia, ManageOwnMedia];
}
