using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.Display;

/// <summary>
/// Output caching for public pages of a running tenant: anonymous GET/HEAD answered 200, without cookies. The key is
/// the default one (host, path base, path) plus the tenant's name and content generation, and only the query values
/// the page's action reads (<c>?trang=2</c>, keyed as the action reads it). A request with any other query key is
/// rendered without the cache (the page cache's key, <c>PageCacheKey</c>, has none for it), except the shared
/// campaign tags (<c>utm_*</c>), which share the page's entry: junk keys neither fill the cache nor evict real pages.
/// </summary>
public sealed class TenantOutputCachePolicy : IOutputCachePolicy
{
    public const string Name = "TenantPage";

    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    /// <summary>The tag every cached page of the tenant carries, to drop them together.</summary>
    public static string Tag(string tenantName) => "tenant:" + tenantName;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<TenantContext>();
        var cacheable = tenant.HasTenant &&
            (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) &&
            StringValues.IsNullOrEmpty(http.Request.Headers.Authorization) &&
            http.User.Identity?.IsAuthenticated != true;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Duration;
        if (cacheable)
        {
            // Listings page with ?trang=2: only the keys the action binds make their own entries.
            context.CacheVaryByRules.QueryKeys = QueryKeys.Of(http.GetEndpoint());

            // The tenant is in the key already; the Host header (any port the client names) must not make new entries.
            context.CacheVaryByRules.VaryByHost = false;
            context.CacheVaryByRules.VaryByValues["tenant"] = $"{tenant.Settings.Name}:{tenant.Shell.ContentGeneration}";
            if (tenant.IsDefault)
            {
                // The portal shows the districts' latest news: any district's change refreshes it.
                context.CacheVaryByRules.VaryByValues["districts"] = tenant.Shell.AnyContentGeneration.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            context.Tags.Add(Tag(tenant.Settings.Name));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
