using DanVan.Contents.Services;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Contents.Controllers;

/// <summary>
/// Readers' pages of items at any path (<c>/about</c>, <c>/blog/post-1</c>, <c>/gioi-thieu</c>): the last resort after
/// every module's routes, and the home page when the site's <c>HomeRoute</c> names an item. A type a module shows in
/// its own way (<see cref="IContentTypeDisplay"/>) gets its view; any other is built from its parts. No route attributes:
/// reached only through the fallback and the home route (see <see cref="Startup.MapEndpoints"/>).
/// </summary>
[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class ContentItemController(IContentManager contents, IEnumerable<IContentTypeDisplay> displays, ContentDisplayBuilder builder) : Controller
{
    /// <summary>Any path no page answers, inside a running tenant: the published item there, else the theme's 404 page.</summary>
    public async Task<IActionResult> Display(CancellationToken cancellationToken)
    {
        var requested = (Request.Path.Value ?? string.Empty).Trim('/');
        var path = requested.ToLowerInvariant();
        if (!(HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method)) || path.Length == 0 || AutoroutePattern.Validate(path) is not null)
        {
            return this.NotFoundPage();
        }

        var item = await contents.GetPublishedByPathAsync(path, cancellationToken);
        if (item is null)
        {
            return this.NotFoundPage();
        }

        // /About and /about are one page: the stored (lower-case) address is the one to link and index.
        return requested == path ? await ShowAsync(item, home: false, cancellationToken) : RedirectPermanent($"{Request.PathBase}/{path}");
    }

    /// <summary>The home page when <c>HomeRoute</c> names an item (chosen by <see cref="HomeRouteTransformer"/>).</summary>
    public async Task<IActionResult> Home(string contentItemId, CancellationToken cancellationToken)
    {
        var items = await contents.GetPublishedAsync([contentItemId], cancellationToken);
        return items.Count == 0 ? this.NotFoundPage() : await ShowAsync(items[0], home: true, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(ContentItem item, bool home, CancellationToken cancellationToken)
    {
        if (displays.FirstOrDefault(d => d.ContentType == item.ContentType) is { } display)
        {
            return View(display.ViewPath, display.BuildViewModel(item));
        }

        var model = await builder.BuildAsync(item, cancellationToken);
        return View("~/Views/ContentItem/Display.cshtml", model with { IsHome = home });
    }
}
