using DanVan.Orchard.Display;

namespace DanVan.AuditTrail;

public sealed class AuditTrailAdminMenu : IAdminMenuProvider
{
    public string Feature => "DanVan.AuditTrail";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Nhật ký thao tác", "~/admin/audit", "≡", 85, AuditTrailPermissions.ViewAuditTrail.Name),
    ];
}
