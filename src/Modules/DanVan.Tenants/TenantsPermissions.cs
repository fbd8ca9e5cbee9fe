using DanVan.Orchard.Security;

namespace DanVan.Tenants;

public sealed class TenantsPermissions : IPermissionProvider
{
    public static readonly Permission ManageTenants = new("ManageTenants", "Tạo, cài đặt, tạm dừng và xóa trang huyện", "Trang huyện");

    public string Feature => "DanVan.Tenants";

    public IEnumerable<Permission> GetPermissions() => [ManageTenants];
}
