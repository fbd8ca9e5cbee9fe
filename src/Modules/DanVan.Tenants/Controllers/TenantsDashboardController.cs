using System.Globalization;
using DanVan.Orchard.Display;
using DanVan.Orchard.Health;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Tenants.Controllers;

/// <summary>What a provincial admin watches: tenants by state, failures, idle districts, publishing per month.</summary>
[Admin]
[RequirePermission(TenantsPermissions.Names.ManageTenants)]
[DefaultTenantOnly]
public sealed class TenantsDashboardController(
    ITenantManager tenants, TenantStatistics statistics, FeatureGate gate, IPublicAddress publicAddress, AdminLayoutContext layout, IPageCacheStatistics pageCache,
    HealthCheckService health) : Controller
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromDays(30);

    [HttpGet("/admin/tenants/dashboard")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var districts = (await tenants.ListAsync(cancellationToken)).Where(t => !t.IsDefault).ToList();
        var stats = new Dictionary<string, TenantStats>();
        foreach (var tenant in districts)
        {
            stats[tenant.Name] = await statistics.GetAsync(tenant, cancellationToken);
        }

        var now = DateTime.UtcNow;
        var first = TenantStatistics.FirstMonthUtc(now);
        var months = Enumerable.Range(0, 12).Select(i => first.AddMonths(i).ToString("MM/yy", CultureInfo.InvariantCulture)).ToList();
        var running = districts.Where(t => t.State == TenantState.Running).ToList();
        var vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), true);

        // Answered from what the modules already hold in memory: no district database is opened for this.
        var byName = running.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var origin = publicAddress.PortalOrigin(Request);
        var alerts = (await gate.GetEnabledAsync<ITenantAlertSource>(cancellationToken))
            .SelectMany(source => source.GetAlerts(running))
            .Where(a => byName.ContainsKey(a.TenantName))
            .Select(a => new DistrictAlert(byName[a.TenantName].DisplayName ?? a.TenantName, a.Message,
                publicAddress.BaseUrl(byName[a.TenantName], origin) + a.AdminPath))
            .ToList();

        // The report /health/ready shares (computed at most every 2 s), with each check: the portal's administrators may
        // know which service of this node is down.
        var report = await health.CheckHealthAsync(HealthTags.ReadyChecks, cancellationToken);

        layout.Crumb("Theo dõi các huyện");
        return View(new TenantsDashboardViewModel(
            districts.GroupBy(t => t.State).ToDictionary(g => g.Key, g => g.Count()),
            running.Sum(t => stats[t.Name].PublishedArticles),
            districts.Where(t => t.State == TenantState.Failed).ToList(),
            running.Where(t => stats[t.Name].LastPublishedUtc is not { } last || now - last > IdleAfter)
                .Select(t => (t, stats[t.Name].LastPublishedUtc)).ToList(),
            districts.OrderByDescending(t => t.CreatedUtc).Take(10).ToList(),
            months,
            running.OrderBy(t => t.DisplayName ?? t.Name, vietnamese)
                .Select(t => new HeatRow(t.Name, t.DisplayName ?? t.Name, stats[t.Name].ArticlesPerMonth)).ToList())
        {
            Alerts = alerts,
            Sections = (await gate.GetEnabledAsync<IDashboardSection>(cancellationToken)).OrderBy(s => s.Order).Select(s => s.ViewComponent).ToList(),
            Districts = districts,
            PageCache = pageCache,
            NodeHealth = report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Status)).ToList(),
        });
    }
}
