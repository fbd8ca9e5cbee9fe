using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Modules;

/// <summary>
/// A module's startup. Services are registered once for all tenants; whether they act for a tenant depends on
/// the tenant's features, checked where they run (endpoints, recipe steps, menus).
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps minimal-API endpoints; tag them with <see cref="RequiresFeatureAttribute"/>.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
