using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using DanVan.Tenants.Api;
using DanVan.Tenants.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace DanVan.Tenants;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, TenantsPermissions>();
        services.AddSingleton<IAdminMenuProvider, TenantsAdminMenu>();
        services.AddSingleton<TenantProvisioner>();
        services.AddSingleton<TenantStatistics>();
        services.AddScoped<TenantAdministration>();
        services.AddSingleton<TenantCsvReader>();
        services.AddSingleton<TenantImporter>();
        services.AddSingleton<TenantImportJobs>();
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication().AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null);
        services.AddSingleton<FeatureProfileStore>();
        services.AddSingleton<RequiredFeatures>();
        services.AddScoped<DanVan.Orchard.Modules.IFeatureProfiles, TenantFeatureProfiles>();
        services.AddOpenApi("v1", options => options.ShouldInclude = description =>
            description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TenantsApi.Map(endpoints);
        endpoints.MapOpenApi("/api/openapi/{documentName}.json").WithMetadata(new RequiresFeatureAttribute(FeatureIds.Tenants));
    }
}
