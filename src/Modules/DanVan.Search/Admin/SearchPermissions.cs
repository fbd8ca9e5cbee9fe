using DanVan.Orchard.Security;

namespace DanVan.Search.Admin;

public sealed class SearchPermissions : IPermissionProvider
{
    public static class Names
    {
        public const string ManageSearch = "ManageSearch";
    }

    public static readonly Permission ManageSearch = new(Names.ManageSearch, "Cấu hình tìm kiếm và xây lại chỉ mục", "Hệ thống");

    public IEnumerable<Permission> GetPermissions() => [ManageSearch];
}
