using DanVan.Orchard.Media;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.Configuration;

namespace DanVan.Media.Azure;

/// <summary>Replaces the file-system media store with Azure Blob Storage when a connection string is configured.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AzureBlobMediaOptions.SectionName);
        services.Configure<AzureBlobMediaOptions>(section);
        if (!string.IsNullOrWhiteSpace(section["ConnectionString"]))
        {
            services.AddSingleton<IMediaStore, AzureBlobMediaStore>();
        }
    }
}
