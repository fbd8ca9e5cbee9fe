using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Security;

/// <summary>Gives the antiforgery cookie a per-tenant name, keeping the framework's other cookie settings.</summary>
public sealed class TenantAntiforgeryOptionsSetup(IHttpContextAccessor accessor) : IPostConfigureOptions<AntiforgeryOptions>
{
    public const string CookieBaseName = "danvan_af";

    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        var defaults = options.Cookie;
        options.Cookie = new TenantAntiforgeryCookieBuilder(accessor, CookieBaseName)
        {
            Path = defaults.Path,
            Domain = defaults.Domain,
            HttpOnly = defaults.HttpOnly,
            IsEssential = defaults.IsEssential,
            SameSite = defaults.SameSite,
            SecurePolicy = defaults.SecurePolicy,
        };
    }
}
