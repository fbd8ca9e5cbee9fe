using DanVan.Orchard.Display;

namespace DanVan.Search.Admin;

public sealed record SearchDashboardModel(IReadOnlyList<SearchDistrictIndexRow> Rows, Pager Pager, string PageKey);
