using DanVan.Orchard.Display;

namespace DanVan.AuditTrail;

public sealed class AuditTrailAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Nhật ký thao tác", "~/admin/audit", "≡", 85, AuditTrailPermissions.ViewAuditTrail.Name),
    ];
}
