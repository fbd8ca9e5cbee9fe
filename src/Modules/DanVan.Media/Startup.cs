using DanVan.Media.Recipes;
using DanVan.Media.Security;
using DanVan.Media.Services;
using DanVan.Orchard.Configuration;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace DanVan.Media;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MediaOptions, MediaOptionsValidator>(configuration);
        services.AddScoped<MediaLibrary>();
        services.AddSingleton<DanVan.Orchard.Tenancy.ITenantRemovingHandler, MediaTenantRemovingHandler>();
        services.AddSingleton<MediaMetadataGate>();
        services.AddSingleton<ImageVariants>();
        services.AddSingleton<IPermissionProvider, MediaPermissions>();
        services.AddScoped<IAuthorizationHandler, MediaOwnershipAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ManageMediaImpliesOwnHandler>();
        services.AddSingleton<IAdminMenuProvider, MediaAdminMenu>();
        services.AddScoped<RecipeFileWriter>();
        services.AddSingleton<RecipeSourceFile>();
        services.AddRecipeStep<MediaStep>("Media");
        services.AddRecipeStep<MediaLibraryStep>("MediaLibrary");
        services.AddScoped<DanVan.Orchard.SiteTransfer.ISiteExportSource, Export.MediaExportSource>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => MediaEndpoints.Map(endpoints);
}
