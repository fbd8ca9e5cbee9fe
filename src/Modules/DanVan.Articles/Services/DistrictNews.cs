using System.Collections.Concurrent;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;

namespace DanVan.Articles.Services;

/// <summary>
/// The latest articles of every running district, for the provincial portal's home. Each district's few latest
/// articles are kept until its content changes, so the portal does not open every district's database per visit.
/// </summary>
public sealed class DistrictNews(ITenantRegistry registry, TenantScopes scopes)
{
    private const int PerDistrict = 5;
    private readonly ConcurrentDictionary<string, (long Generation, IReadOnlyList<ArticleSummary> Latest)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<DistrictArticle>> LatestAsync(int count, string pathBase, CancellationToken cancellationToken)
    {
        var all = new List<DistrictArticle>();
        foreach (var district in registry.All.Where(t => !t.IsDefault && t.State == TenantState.Running))
        {
            foreach (var article in await LatestOfAsync(district, cancellationToken))
            {
                var url = district.RequestUrlPrefix is { } prefix
                    ? $"{pathBase}/{prefix}/{article.Url}"
                    : $"//{district.Hosts.First()}/{article.Url}";
                all.Add(new DistrictArticle(article.Title, url, district.DisplayName ?? district.Name, article.PublishedUtc));
            }
        }

        return all.OrderByDescending(a => a.PublishedUtc).Take(count).ToList();
    }

    private async Task<IReadOnlyList<ArticleSummary>> LatestOfAsync(TenantSettings district, CancellationToken cancellationToken)
    {
        var shell = registry.GetShell(district);

        // A district whose database is missing or unreadable is left out (it answers 503 itself); the portal serves on.
        if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
        {
            return [];
        }

        var generation = shell.ContentGeneration;
        if (_cache.TryGetValue(district.Name, out var cached) && cached.Generation == generation)
        {
            return cached.Latest;
        }

        var latest = await scopes.RunAsync(district, async services =>
        {
            if (!await services.GetRequiredService<FeatureGate>().IsEnabledAsync(typeof(DistrictNews), cancellationToken))
            {
                return (IReadOnlyList<ArticleSummary>)[];
            }

            var items = await services.GetRequiredService<IContentManager>().ListPublishedAsync(ArticleMapper.ContentType, 0, PerDistrict, cancellationToken);
            return items.Select(ArticleMapper.ToSummary).ToList();
        });
        _cache[district.Name] = (generation, latest);
        return latest;
    }
}
