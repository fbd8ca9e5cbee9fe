using DanVan.Orchard.Security;

namespace DanVan.AuditTrail;

public sealed class AuditTrailPermissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "Xem nhật ký thao tác", "Bảo mật");

    public string Feature => "DanVan.AuditTrail";

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];
}
