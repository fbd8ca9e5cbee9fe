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
    IReadOnlyList<HeatRow> Heat)
{
    /// <summary>What modules report wrong with districts (mail failing), with a link into the district's admin.</summary>
    public IReadOnlyList<DistrictAlert> Alerts { get; init; } = [];
}

public sealed record DistrictAlert(string DisplayName, string Message, string Url);
