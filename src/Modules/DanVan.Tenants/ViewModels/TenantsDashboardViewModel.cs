using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.ViewModels;

public sealed record HeatRow(string Name, string DisplayName, IReadOnlyList<int> PerMonth);

public sealed record TenantsDashboardViewModel(
    IReadOnlyDictionary<TenantState, int> ByState,
    int TotalArticles,
    IReadOnlyList<TenantSettings> Failing,
    IReadOnlyList<(TenantSettings Tenant, DateTime? LastPublishedUtc)> Idle,
    IReadOnlyList<TenantSettings> RecentSetups,
    IReadOnlyList<string> MonthLabels,
    IReadOnlyList<HeatRow> Heat);
