using System.Collections.Concurrent;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents.Services;

/// <summary>
/// When each tenant's site last changed (its latest published change, else its creation), for the <c>lastmod</c> of
/// the home page and of the portal's sitemap index. Kept per tenant until its content changes, so the portal's index
/// does not open every district's database per request.
/// </summary>
public sealed class SitemapDates(ITenantRegistry registry, TenantScopes scopes)
{
    private readonly ConcurrentDictionary<string, (long Generation, DateTime LastModified)> _cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tenant's last change, from routes already read (the sitemap of the current tenant).</summary>
    public static DateTime LastModified(TenantSettings tenant, IReadOnlyList<PublishedRoute> routes) =>
        routes.Select(r => r.ModifiedUtc).OfType<DateTime>().DefaultIfEmpty(tenant.CreatedUtc).Max();

    /// <summary>Another tenant's last change; null when its database cannot be opened (it answers 503 itself).</summary>
    public async Task<DateTime?> LastModifiedAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var shell = registry.GetShell(tenant, touch: false);
        if (!await shell.EnsureDatabaseAvailableAsync(cancellationToken))
        {
            return null;
        }

        var generation = shell.ContentGeneration;
        if (_cache.TryGetValue(tenant.Name, out var cached) && cached.Generation == generation)
        {
            return cached.LastModified;
        }

        var routes = await scopes.RunAsync(
            tenant, services => services.GetRequiredService<IContentManager>().ListPublishedRoutesAsync(cancellationToken), touch: false);
        var last = LastModified(tenant, routes);
        _cache[tenant.Name] = (generation, last);
        return last;
    }
}
