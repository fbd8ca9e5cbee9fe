using DanVan.Orchard.Display;
using DanVan.Orchard.Health;
using DanVan.Orchard.Http;
using DanVan.Orchard.Modules;
using DanVan.Orchard.PageCache;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard;

public static class OrchardApplicationBuilderExtensions
{
    /// <summary>The request pipeline: tenant resolution, static assets, routing, the feature gate, then the modules' endpoints.</summary>
    public static WebApplication UseOrchard(this WebApplication app)
    {
        // Forwarded headers only from the configured proxies: behind a TLS proxy the request is https (Secure cookies,
        // HSTS), while a client talking to Kestrel directly cannot claim to be.
        var forwarded = app.Services.GetRequiredService<IOptions<OrchardOptions>>().Value.ForwardedHeaders;
        if (forwarded.IsConfigured)
        {
            app.UseForwardedHeaders(ForwardedHeadersSetup.Options(forwarded));
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HeadRequestMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeBodies.WriteAsync);

        // Before tenant resolution: /health/… belongs to the node, not to the portal or a district.
        app.UseOrchardHealthEndpoints();
        app.UseMiddleware<TenantMiddleware>();
        app.UseMiddleware<CleanRequestTextMiddleware>();
        app.UseMiddleware<IdentityRefusalMiddleware>();
        app.UseRouting();
        app.UseMiddleware<EndpointGateMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PageCacheMiddleware>();

        // Theme and module assets (Razor class libraries' wwwroot) as endpoints, under each tenant's prefix.
        app.MapStaticAssets();
        app.MapOrchardEndpoints(serving: true);
        return app;
    }

    /// <summary>
    /// Maps the controllers and the modules' endpoints, and tells <see cref="ReservedPrefixes"/> about their routes.
    /// The CLI calls it too (without serving anything), so prefixes are checked against the same routes there.
    /// </summary>
    public static WebApplication MapOrchardEndpoints(this WebApplication app, bool serving = true)
    {
        var controllers = app.MapControllers();
        if (serving)
        {
            // Views link the fingerprinted asset URLs (site.<hash>.css), which are served with a year-long immutable cache.
            controllers.WithStaticAssets();
        }

        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<ModuleStartup>>())
        {
            module.MapEndpoints(app);
        }

        app.Services.GetRequiredService<ReservedPrefixes>()
            .UseEndpoints(new CompositeEndpointDataSource(((IEndpointRouteBuilder)app).DataSources));
        return app;
    }
}
