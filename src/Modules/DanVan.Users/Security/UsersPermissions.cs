using DanVan.Orchard.Security;

namespace DanVan.Users.Security;

public sealed class UsersPermissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Quản lý người dùng và vai trò", "Người dùng");

    public string Feature => "DanVan.Users";

    public IEnumerable<Permission> GetPermissions() => [ManageUsers];
}
