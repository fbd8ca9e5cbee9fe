using System.Security.Claims;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Users.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Users.Security;

/// <summary>
/// Makes the Identity cookie tenant-bound (name, protection purpose, a tenant check on every request) and checks the
/// session against the user's current state on every request.
/// </summary>
public sealed class TenantCookieOptionsSetup(IDataProtectionProvider dataProtection, IHttpContextAccessor accessor)
    : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != IdentityConstants.ApplicationScheme)
        {
            return;
        }

        options.CookieManager = new TenantCookieManager();
        options.TicketDataFormat = new TenantTicketDataFormat(dataProtection, accessor, "DanVan.Users.AuthCookie");
        options.Events.OnRedirectToLogin = ScriptSignInAnswers.RedirectToLogin;
        options.Events.OnRedirectToAccessDenied = ScriptSignInAnswers.RedirectToAccessDenied;
        options.Events.OnValidatePrincipal = async context =>
        {
            var tenant = context.HttpContext.RequestServices.GetRequiredService<TenantContext>();
            if (!tenant.HasTenant || context.Principal?.FindFirstValue(TenantClaimTypes.Tenant) != tenant.Settings.Name)
            {
                context.RejectPrincipal();
                return;
            }

            await context.HttpContext.RequestServices.GetRequiredService<UserSessionValidator>().ValidateAsync(context);
        };
    }
}
