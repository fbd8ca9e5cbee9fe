using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Users.Security;

/// <summary>
/// Gives each tenant its own cookie name. Prefix tenants share a host, and the Default tenant's cookie (path "/") is
/// also sent to "/hoa-an/…": with the tenant in the name, it is simply not the cookie "/hoa-an" reads.
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, TenantKey(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, TenantKey(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, TenantKey(context, key), options);

    private static string TenantKey(HttpContext context, string key)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        return tenant.HasTenant ? $"{key}.{tenant.Settings.Name}" : key;
    }
}
