using DanVan.Orchard.Display;
using DanVan.Users.Security;

namespace DanVan.Users;

public sealed class UsersAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Người dùng", "~/admin/users", "☺", 80, UsersPermissions.ManageUsers.Name),
    ];
}
