using DanVan.Orchard.Security;

namespace DanVan.Media;

public sealed class MediaPermissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new("ManageMedia", "Tải lên, sửa, xóa ảnh và tài liệu", "Media");

    public string Feature => "DanVan.Media";

    public IEnumerable<Permission> GetPermissions() => [ManageMedia];
}
