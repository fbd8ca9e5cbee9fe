using DanVan.Orchard.Security;

namespace DanVan.Tenants;

public sealed class TenantsPermissions : IPermissionProvider
{
    /// <summary>The permissions' names, as constants for attributes such as <see cref="RequirePermissionAttribute"/>.</summary>
    public static class Names
    {
        public const string ManageTenants = "ManageTenants";
    }

    public static readonly Permission ManageTenants = new(Names.ManageTenants, "Tạo, cài đặt, tạm dừng và xóa trang huyện", "Trang huyện");

    public IEnumerable<Permission> GetPermissions() => [ManageTenants];
}
