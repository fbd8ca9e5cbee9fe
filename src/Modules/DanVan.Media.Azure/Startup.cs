using DanVan.Orchard.Configuration;
using DanVan.Orchard.Health;
using DanVan.Orchard.Media;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Media.Azure;

/// <summary>Replaces the file-system media store with Azure Blob Storage when a connection string is configured.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AzureBlobMediaOptions, AzureBlobMediaOptionsValidator>(configuration);
        if (!string.IsNullOrWhiteSpace(configuration.GetSection(AzureBlobMediaOptions.SectionName)["ConnectionString"]))
        {
            services.AddSingleton<AzureBlobMediaStore>();
            services.AddSingleton<IMediaStore>(sp => sp.GetRequiredService<AzureBlobMediaStore>());
            services.AddHealthChecks().AddCheck<AzureBlobHealthCheck>(AzureBlobHealthCheck.Name, HealthStatus.Degraded, [HealthTags.Ready], HealthTags.Timeout);
        }
    }
}
