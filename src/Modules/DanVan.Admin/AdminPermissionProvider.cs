using DanVan.Orchard.Security;

namespace DanVan.Admin;

public sealed class AdminPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() =>
        [AdminPermissions.ViewAdmin, AdminPermissions.ManageSettings, AdminPermissions.ManageFeatures, AdminPermissions.ExportSite];
}
