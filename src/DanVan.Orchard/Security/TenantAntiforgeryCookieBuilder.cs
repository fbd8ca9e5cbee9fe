using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Security;

/// <summary>
/// The antiforgery cookie's builder, whose name carries the current tenant (<c>danvan_af.HoaAn</c>). Prefix tenants
/// share a host and the Default tenant's cookie (path "/") is also sent to "/hoa-an/…": with the tenant in the name,
/// each tenant reads only its own cookie. The antiforgery options are one object for all tenants, so the name is
/// looked up from the request being served.
/// </summary>
public sealed class TenantAntiforgeryCookieBuilder(IHttpContextAccessor accessor, string baseName) : CookieBuilder
{
    public override string? Name
    {
        get => accessor.HttpContext?.RequestServices.GetService<TenantContext>() is { HasTenant: true } tenant
            ? $"{baseName}.{tenant.Settings.Name}"
            : baseName;

        // The framework's defaults try to name the cookie; the tenant decides.
        set { }
    }
}
