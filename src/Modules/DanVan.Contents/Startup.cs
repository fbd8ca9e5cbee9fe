using DanVan.Contents.Recipes;
using DanVan.Contents.Security;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents;

public sealed class Startup : ModuleStartup
{
    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
        // Last resort for paths nothing else answers (only a running tenant gets this far; the gate handles the rest).
        Microsoft.AspNetCore.Builder.ControllerEndpointRouteBuilderExtensions.MapFallbackToController(endpoints, "Index", "NotFound");
    }

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRecipeStep<ContentDefinitionStep>("ContentDefinition", "DanVan.Contents");
        services.AddRecipeStep<ContentStep>("Content", "DanVan.Contents");
        services.AddSingleton<IPermissionProvider, ContentPermissions>();
        services.AddScoped<IAuthorizationHandler, ContentOwnershipAuthorizationHandler>();
        services.AddSingleton<IAdminMenuProvider, ContentsAdminMenu>();
    }
}
