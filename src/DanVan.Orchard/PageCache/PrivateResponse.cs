using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// <c>Cache-Control: private, no-store</c> for what a browser must not keep nor a proxy share: pages rendered for a
/// signed-in user, the admin, sign-in and account pages, and responses that set a cookie. Only when the response has
/// not chosen a Cache-Control itself (media and static assets have theirs).
/// </summary>
public static class PrivateResponse
{
    public const string CacheControl = "private, no-store";

    /// <summary>For any endpoint but the cached pages: admin/account paths, or a signed-in user.</summary>
    public static void MarkWhenPersonal(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true || SecurityHeadersMiddleware.IsPrivate(context.Request.Path) ||
            !StringValues.IsNullOrEmpty(context.Request.Headers.Authorization))
        {
            Mark(context);
        }
    }

    /// <summary>A page the cache may not share (rendered for a signed-in user or a client with credentials).</summary>
    public static void Mark(HttpContext context) => context.Response.OnStarting(static state =>
    {
        MarkWhenUnset(((HttpContext)state).Response);
        return Task.CompletedTask;
    }, context);

    /// <summary>A page that was not stored because it sets a cookie.</summary>
    public static void MarkWhenCookie(HttpResponse response)
    {
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            MarkWhenUnset(response);
        }
    }

    private static void MarkWhenUnset(HttpResponse response)
    {
        if (StringValues.IsNullOrEmpty(response.Headers.CacheControl))
        {
            response.Headers.CacheControl = CacheControl;
        }
    }
}
