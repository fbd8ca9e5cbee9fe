using DanVan.Orchard.Configuration;
using DanVan.Orchard.Display;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Orchard.PageCache;

public static class PageCacheServiceCollectionExtensions
{
    /// <summary>
    /// The page cache (<see cref="PageCacheMiddleware"/>) and the store it shares with ASP.NET Core's output cache
    /// (<see cref="TenantPageStore"/>: size limit <see cref="PageCacheOptions.SizeLimitMB"/>, tags dropped by the tenant registry).
    /// </summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options => options.AddPolicy(TenantOutputCachePolicy.Name, new TenantOutputCachePolicy()));

        // In place of ASP.NET Core's memory store: bounded by DanVan:OutputCache:SizeLimitMB, cold tenants evicted first.
        services.AddSingleton<TenantPageStore>();
        services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore>(sp => sp.GetRequiredService<TenantPageStore>()));
        services.AddValidatedOptions<PageCacheOptions, PageCacheOptionsValidator>(configuration);
        services.AddSingleton<PageEntryFactory>();
        services.AddSingleton<PageEntryHeaders>();
        services.AddSingleton<PageCacheStatistics>();
        services.AddSingleton<IPageCacheStatistics>(sp => sp.GetRequiredService<PageCacheStatistics>());
        return services;
    }
}
