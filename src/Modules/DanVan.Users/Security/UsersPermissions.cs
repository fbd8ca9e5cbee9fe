using DanVan.Orchard.Security;

namespace DanVan.Users.Security;

public sealed class UsersPermissions : IPermissionProvider
{
    /// <summary>The permissions' names, as constants for attributes such as <see cref="RequirePermissionAttribute"/>.</summary>
    public static class Names
    {
        public const string ManageUsers = "ManageUsers";
    }

    public static readonly Permission ManageUsers = new(Names.ManageUsers, "Quản lý người dùng và vai trò", "Người dùng");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers];
}
