using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace DanVan.Contents.Services;

/// <summary>
/// Orchard's home route: when the site's <c>HomeRoute</c> names an item, <c>/</c> goes to
/// <see cref="Controllers.ContentItemController.Home"/>; otherwise this route does not match and the home page is the
/// news page as always. Reads only the settings the scope has loaded: no query per request.
/// </summary>
public sealed class HomeRouteTransformer(TenantContext tenant) : DynamicRouteValueTransformer
{
    public override ValueTask<RouteValueDictionary> TransformAsync(HttpContext httpContext, RouteValueDictionary values)
    {
        if (!tenant.HasTenant || HomeRoute.ContentItemId(tenant.Site) is not { } id)
        {
            // Null: this endpoint does not match, the other routes of "/" are chosen.
            return new ValueTask<RouteValueDictionary>(result: null!);
        }

        return new ValueTask<RouteValueDictionary>(new RouteValueDictionary
        {
            ["controller"] = "ContentItem",
            ["action"] = nameof(Controllers.ContentItemController.Home),
            ["contentItemId"] = id,
        });
    }
}
