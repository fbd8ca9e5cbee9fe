using System.Security.Claims;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DanVan.Users.Security;

/// <summary>
/// Adds the tenant to every principal it signs in, so no other tenant accepts it. Roles are deliberately not put in
/// the cookie: <see cref="Sessions.UserSessionValidator"/> adds the user's current roles on every request.
/// </summary>
public sealed class TenantClaimsPrincipalFactory(UserManager<IdentityUser> users, IOptions<IdentityOptions> options, TenantContext tenant)
    : UserClaimsPrincipalFactory<IdentityUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaimTypes.Tenant, tenant.Settings.Name));
        return identity;
    }
}
