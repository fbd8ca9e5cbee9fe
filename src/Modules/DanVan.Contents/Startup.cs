using DanVan.Contents.Recipes;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRecipeStep<ContentDefinitionStep>("ContentDefinition", "DanVan.Contents");
        services.AddRecipeStep<ContentStep>("Content", "DanVan.Contents");
    }
}
