using DanVan.Orchard.Display;

namespace DanVan.Tenants;

public sealed class TenantsAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Các trang huyện", "~/admin/tenants", "▦", 4, TenantsPermissions.ManageTenants.Name),
        new("Theo dõi các huyện", "~/admin/tenants/dashboard", "▤", 5, TenantsPermissions.ManageTenants.Name),
    ];
}
