using DanVan.Orchard.Display;

namespace DanVan.Search.Admin;

public sealed class SearchAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Tìm kiếm", "~/admin/search", "⌕", 87, SearchPermissions.ManageSearch.Name),
    ];
}
