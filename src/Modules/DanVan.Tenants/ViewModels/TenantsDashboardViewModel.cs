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

    /// <summary>The view components of the modules' sections (<see cref="DanVan.Orchard.Display.IDashboardSection"/>), in order.</summary>
    public IReadOnlyList<Type> Sections { get; init; } = [];

    /// <summary>The page cache's size, limit and evictions (memory this process spends on cached pages).</summary>
    public DanVan.Orchard.Display.IPageCacheStatistics? PageCache { get; init; }

    /// <summary>This node's readiness checks (the detail <c>/health/ready</c> shows only on the node itself), by name.</summary>
    public IReadOnlyList<(string Check, Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus Status)> NodeHealth { get; init; } = [];

    /// <summary>Every district, given to the sections.</summary>
    public IReadOnlyList<TenantSettings> Districts { get; init; } = [];
}

public sealed record DistrictAlert(string DisplayName, string Message, string Url);
