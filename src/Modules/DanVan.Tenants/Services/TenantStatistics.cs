using System.Collections.Concurrent;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;

namespace DanVan.Tenants.Services;

/// <summary>
/// Reads each running district's publishing figures from its own database, keeping them until that district's
/// content changes (its shell's content generation moves on), so the portal's pages do not query every database
/// on every visit.
/// </summary>
public sealed class TenantStatistics(TenantScopes scopes, ITenantRegistry registry)
{
    public const string ArticleType = "Article";

    private readonly ConcurrentDictionary<string, (long Generation, int Month, TenantStats Stats)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public static DateTime FirstMonthUtc(DateTime nowUtc) => new DateTime(nowUtc.Year, nowUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-11);

    public async Task<TenantStats> GetAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var size = await registry.GetDatabaseSizeAsync(tenant, cancellationToken);
        if (tenant.State != TenantState.Running)
        {
            return TenantStats.None with { DatabaseBytes = size };
        }

        var shell = registry.GetShell(tenant);
        if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
        {
            // Its database is missing or unreadable: the list shows the tenant without figures rather than failing.
            return TenantStats.None with { DatabaseBytes = size };
        }

        var now = DateTime.UtcNow;
        var month = now.Year * 12 + now.Month;
        if (_cache.TryGetValue(tenant.Name, out var cached) && cached.Generation == shell.ContentGeneration && cached.Month == month)
        {
            return cached.Stats with { DatabaseBytes = size };
        }

        var generation = shell.ContentGeneration;
        var first = FirstMonthUtc(now);
        var (published, last, since) = await scopes.RunAsync(tenant, services =>
            services.GetRequiredService<IContentManager>().GetPublishingStatsAsync(ArticleType, first, cancellationToken));
        var perMonth = new int[12];
        foreach (var date in since)
        {
            var index = (date.Year - first.Year) * 12 + date.Month - first.Month;
            if (index is >= 0 and < 12)
            {
                perMonth[index]++;
            }
        }

        var stats = new TenantStats(published, last, perMonth, size);
        _cache[tenant.Name] = (generation, month, stats);
        return stats;
    }
}
