using DanVan.Orchard.Configuration;
using DanVan.Orchard.Media;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.Configuration;

namespace DanVan.Media.Azure;

/// <summary>Replaces the file-system media store with Azure Blob Storage when a connection string is configured.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AzureBlobMediaOptions, AzureBlobMediaOptionsValidator>(configuration);
        if (!string.IsNullOrWhiteSpace(configuration.GetSection(AzureBlobMediaOptions.SectionName)["ConnectionString"]))
        {
            services.AddSingleton<IMediaStore, AzureBlobMediaStore>();
        }
    }
}
