using DanVan.Orchard.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.SiteTransfer;

public static class SiteTransferServiceCollectionExtensions
{
    /// <summary>Tenant export and import (<see cref="ISiteExporter"/>, <see cref="ISiteImporter"/>) and the framework's export source.</summary>
    public static IServiceCollection AddSiteTransfer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SiteTransferOptions, SiteTransferOptionsValidator>(configuration);
        services.AddSingleton<ISiteExporter, SiteExporter>();
        services.AddSingleton<ISiteImporter, SiteImporter>();
        services.AddScoped<ISiteExportSource, SiteSettingsExportSource>();
        return services;
    }
}
