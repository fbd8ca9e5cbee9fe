using DanVan.Orchard.Security;

namespace DanVan.AuditTrail;

public sealed class AuditTrailPermissions : IPermissionProvider
{
    /// <summary>The permissions' names, as constants for attributes such as <see cref="RequirePermissionAttribute"/>.</summary>
    public static class Names
    {
        public const string ViewAuditTrail = "ViewAuditTrail";
    }

    public static readonly Permission ViewAuditTrail = new(Names.ViewAuditTrail, "Xem nhật ký thao tác", "Bảo mật");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];
}
