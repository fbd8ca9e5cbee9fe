using DanVan.Orchard.Contents;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents.Services;

/// <summary>
/// Orchard's home route: when the site's <c>HomeRoute</c> names a published item, <c>/</c> goes to
/// <see cref="Controllers.ContentItemController.Home"/>; otherwise (no setting, or the item was unpublished or deleted
/// since) this route does not match and the home page is the news page as always, never a 404.
/// </summary>
public sealed class HomeRouteTransformer(TenantContext tenant) : DynamicRouteValueTransformer
{
    public override async ValueTask<RouteValueDictionary> TransformAsync(HttpContext httpContext, RouteValueDictionary values)
    {
        if (!tenant.HasTenant || HomeRoute.ContentItemId(tenant.Site) is not { } id)
        {
            // Null: this endpoint does not match, the other routes of "/" are chosen. No query without the setting.
            return null!;
        }

        var contents = httpContext.RequestServices.GetRequiredService<IContentManager>();
        if ((await contents.GetPublishedAsync([id], httpContext.RequestAborted)).Count == 0)
        {
            return null!;
        }

        return new RouteValueDictionary
        {
            ["controller"] = "ContentItem",
            ["action"] = nameof(Controllers.ContentItemController.Home),
            ["contentItemId"] = id,
        };
    }
}
