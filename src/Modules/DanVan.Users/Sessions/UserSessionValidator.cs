using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DanVan.Users.Sessions;

/// <summary>
/// Checks a sign-in cookie against the user as the database has it now, on every request: a deleted or disabled
/// user, or a security stamp that moved on (password changed, signed out, disabled), ends the session at once. The
/// cookie carries no roles; the user's current roles are added here, so a role change counts from the next request.
/// </summary>
public sealed class UserSessionValidator(UserSessionCache sessions, IOptions<IdentityOptions> identityOptions, TimeProvider clock)
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claimTypes = identityOptions.Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(claimTypes.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claimTypes.SecurityStampClaimType);
        if (principal?.Identity is not ClaimsIdentity signedIn || userId is null || stamp is null)
        {
            await RejectAsync(context);
            return;
        }

        var state = await sessions.GetAsync(userId);
        if (!state.Exists || state.IsDisabled(clock.GetUtcNow()) || !string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            await RejectAsync(context);
            return;
        }

        var current = new ClaimsIdentity(
            signedIn.Claims.Where(c => c.Type != claimTypes.RoleClaimType),
            signedIn.AuthenticationType,
            signedIn.NameClaimType,
            claimTypes.RoleClaimType);
        foreach (var role in state.Roles)
        {
            current.AddClaim(new Claim(claimTypes.RoleClaimType, role));
        }

        context.ReplacePrincipal(new ClaimsPrincipal(current));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
