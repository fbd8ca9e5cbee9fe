using DanVan.Orchard.Security;

namespace DanVan.Media.Security;

/// <summary>
/// ManageMedia: every file of the library. ManageOwnMedia: browse and upload, and rename, move, relabel or delete the
/// files one uploaded oneself. ManageMedia implies ManageOwnMedia.
/// </summary>
public sealed class MediaPermissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new("ManageMedia", "Tải lên, sửa, xóa mọi ảnh và tài liệu", "Media");
    public static readonly Permission ManageOwnMedia = new("ManageOwnMedia", "Tải lên ảnh và tài liệu; sửa, xóa tệp của mình", "Media");

    public string Feature => "DanVan.Media";

    public IEnumerable<Permission> GetPermissions() => [ManageMedia, ManageOwnMedia];
}
