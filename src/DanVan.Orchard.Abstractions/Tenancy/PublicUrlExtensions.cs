using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Tenancy;

/// <summary>Absolute links to the current tenant, from its configured public address (see <see cref="IPublicAddress"/>).</summary>
public static class PublicUrlExtensions
{
    /// <summary>
    /// The current tenant's absolute base URL, ending with '/': the site's own <c>BaseUrl</c> setting when it has one
    /// (Orchard's), else the tenant's configured address (the portal's while the Default tenant is not set up).
    /// </summary>
    public static string PublicBaseUrl(this HttpContext context)
    {
        var address = context.RequestServices.GetRequiredService<IPublicAddress>();
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        if (tenant.HasTenant && Settings.OrchardPlainSettings.BaseUrl(tenant.Site) is { } own)
        {
            return own + "/";
        }

        return tenant.HasTenant ? address.BaseUrl(tenant.Settings, context.Request) : address.PortalOrigin(context.Request) + "/";
    }

    /// <summary>
    /// The absolute address of a link inside the current tenant: <paramref name="url"/> is tenant-relative
    /// ("tin-tuc/x", "~/tin-tuc/x") or site-absolute as <c>Url.Content</c> gives it ("/hoa-an/tin-tuc/x"); an absolute
    /// http(s) URL is kept, a protocol-relative one gets https.
    /// </summary>
    public static string PublicUrl(this HttpContext context, string url)
    {
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return "https:" + url;
        }

        var local = url.StartsWith("~/", StringComparison.Ordinal) ? url[2..] : url;
        var pathBase = context.Request.PathBase.Value;
        if (!string.IsNullOrEmpty(pathBase) && local.StartsWith(pathBase + "/", StringComparison.OrdinalIgnoreCase))
        {
            local = local[(pathBase.Length + 1)..];
        }
        else if (!string.IsNullOrEmpty(pathBase) && string.Equals(local, pathBase, StringComparison.OrdinalIgnoreCase))
        {
            local = string.Empty;
        }

        return context.PublicBaseUrl() + local.TrimStart('/');
    }
}
