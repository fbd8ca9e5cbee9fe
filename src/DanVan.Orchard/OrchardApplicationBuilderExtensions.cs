using DanVan.Orchard.Http;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard;

public static class OrchardApplicationBuilderExtensions
{
    /// <summary>The request pipeline: tenant resolution, static assets, routing, the feature gate, then the modules' endpoints.</summary>
    public static WebApplication UseOrchard(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeBodies.WriteAsync);
        app.UseMiddleware<TenantMiddleware>();
        app.UseMiddleware<CleanRequestTextMiddleware>();
        app.UseRouting();
        app.UseMiddleware<EndpointGateMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();

        // Theme and module assets (Razor class libraries' wwwroot) as endpoints, under each tenant's prefix.
        app.MapStaticAssets();

        // Views link the fingerprinted asset URLs (site.<hash>.css), which are served with a year-long immutable cache.
        app.MapControllers().WithStaticAssets();
        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<ModuleStartup>>())
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
