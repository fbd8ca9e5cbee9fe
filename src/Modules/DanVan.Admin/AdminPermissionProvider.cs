using DanVan.Orchard.Security;

namespace DanVan.Admin;

public sealed class AdminPermissionProvider : IPermissionProvider
{
    public string Feature => "DanVan.Admin";

    public IEnumerable<Permission> GetPermissions() =>
        [AdminPermissions.ViewAdmin, AdminPermissions.ManageSettings, AdminPermissions.ManageFeatures];
}
