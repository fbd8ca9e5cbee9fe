using DanVan.Orchard.Security;

namespace DanVan.Email;

public sealed class EmailPermissions : IPermissionProvider
{
    public static class Names
    {
        public const string ManageEmail = "ManageEmail";
    }

    public static readonly Permission ManageEmail = new(Names.ManageEmail, "Cấu hình thư điện tử và xem hộp thư đi", "Hệ thống");

    public IEnumerable<Permission> GetPermissions() => [ManageEmail];
}
