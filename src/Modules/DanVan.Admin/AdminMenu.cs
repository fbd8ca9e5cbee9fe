using DanVan.Orchard.Display;
using DanVan.Orchard.Security;

namespace DanVan.Admin;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Tổng quan", "~/admin", "⌂", 0),
        new("Menu chính", "~/admin/menu", "☰", 88, AdminPermissions.ManageSettings.Name),
        new("Cài đặt trang", "~/admin/settings", "⚙", 90, AdminPermissions.ManageSettings.Name),
        new("Tính năng", "~/admin/features", "❖", 95, AdminPermissions.ManageFeatures.Name),
        new("Xuất trang", "~/admin/export", "⇩", 97, AdminPermissions.ExportSite.Name),
    ];
}
