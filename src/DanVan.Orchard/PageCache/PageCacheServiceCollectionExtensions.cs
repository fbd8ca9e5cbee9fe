using DanVan.Orchard.Configuration;
using DanVan.Orchard.Display;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.PageCache;

public static class PageCacheServiceCollectionExtensions
{
    /// <summary>
    /// The page cache (<see cref="PageCacheMiddleware"/>) and the store it shares with ASP.NET Core's output cache
    /// (size limit <c>OutputCacheOptions.SizeLimit</c>, tags dropped by the tenant registry).
    /// </summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options => options.AddPolicy(TenantOutputCachePolicy.Name, new TenantOutputCachePolicy()));
        services.AddValidatedOptions<PageCacheOptions, PageCacheOptionsValidator>(configuration);
        services.AddSingleton<PageEntryFactory>();
        services.AddSingleton<PageEntryHeaders>();
        services.AddSingleton<PageCacheStatistics>();
        services.AddSingleton<IPageCacheStatistics>(sp => sp.GetRequiredService<PageCacheStatistics>());
        return services;
    }
}
