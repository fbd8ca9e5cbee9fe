using DanVan.Orchard.Modules;
using DanVan.Setup.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Setup;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SetupToken>();
        services.AddHostedService<SetupTokenAnnouncer>();
    }
}
