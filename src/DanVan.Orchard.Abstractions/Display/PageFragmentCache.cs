using System.Globalization;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Display;

/// <summary>
/// Parts of a public page that read nothing of the request (a theme's banner, menu and footer), rendered once and kept
/// in <see cref="PublishedViewCache"/>: per tenant shell and content generation like a page model (a publish, a menu,
/// settings or feature change makes them unreachable; bounded with it; gone with the shell), and per culture and path
/// base (links are resolved against it).
/// <para>
/// Only an anonymous request of a running tenant shares them: a signed-in request always builds its own and stores
/// nothing, so whatever a part shows a signed-in user (an admin bar, a name) never reaches anyone else. The
/// <c>name</c> is the caller's and must come from the tenant's own data (a menu entry, a year), never from the request
/// (no Host, query or free path): a reader cannot make entries.
/// </para>
/// </summary>
public sealed class PageFragmentCache(PublishedViewCache views)
{
    private const string Kind = "Fragment";

    /// <summary>The part <paramref name="name"/> kept for this tenant, else <paramref name="create"/>'s (kept when shareable).</summary>
    public async ValueTask<T> GetOrAddAsync<T>(TenantContext tenant, HttpContext context, string name, Func<Task<T>> create, Func<T, long> size)
        where T : class
    {
        if (!IsShareable(tenant, context))
        {
            return await create();
        }

        var key = string.Concat(name, "|", CultureInfo.CurrentUICulture.Name, "|", context.Request.PathBase.Value);
        return await views.GetOrAddAsync<T>(tenant.Shell, Kind, key, async () => await create(), size)
            ?? throw new InvalidOperationException($"The page part '{name}' was rendered as null.");
    }

    /// <summary>HTML kept as one string: written as it is, charged two bytes a character.</summary>
    public ValueTask<HtmlString> GetOrRenderAsync(TenantContext tenant, HttpContext context, string name, Func<Task<HtmlString>> render) =>
        GetOrAddAsync(tenant, context, name, render, SizeOf);

    /// <summary>Whether this request may read and make shared parts: a running tenant's, and nobody signed in.</summary>
    public static bool IsShareable(TenantContext tenant, HttpContext context) =>
        tenant.HasTenant && tenant.Settings.State == TenantState.Running && context.User.Identity?.IsAuthenticated != true;

    private static long SizeOf(HtmlString html) => 64 + 2L * (html.Value?.Length ?? 0);
}
