using DanVan.Orchard.Display;

namespace DanVan.Search.Admin;

/// <summary>The provincial dashboard's "Chỉ mục tìm kiếm của các huyện" section.</summary>
public sealed class SearchDashboardSection : IDashboardSection
{
    public int Order => 100;

    public Type ViewComponent => typeof(SearchIndexesDashboardViewComponent);
}
