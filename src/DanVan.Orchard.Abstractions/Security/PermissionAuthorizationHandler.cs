using System.Security.Claims;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Security;

/// <summary>
/// Grants a permission when one of the user's roles (plus Authenticated and Anonymous) has it in the current tenant.
/// Administrators have every permission. A principal issued by another tenant has none.
/// </summary>
public sealed class PermissionAuthorizationHandler(TenantContext tenant, IServiceProvider services)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await HasPermissionAsync(context.User, requirement.Permission.Name))
        {
            context.Succeed(requirement);
        }
    }

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission)
    {
        // Resolved on use: the role store lives in the tenant's database, which a tenant being set up does not have yet.
        if (!tenant.HasTenant || services.GetService<IRolePermissionStore>() is not { } roles)
        {
            return false;
        }

        var signedIn = user.Identity?.IsAuthenticated == true;
        if (signedIn && user.FindFirstValue(TenantClaimTypes.Tenant) != tenant.Settings.Name)
        {
            return false;
        }

        var userRoles = signedIn
            ? user.FindAll(ClaimTypes.Role).Select(c => c.Value).Append(StandardRoles.Authenticated)
            : [];
        var effective = userRoles.Append(StandardRoles.Anonymous).ToList();
        if (effective.Contains(StandardRoles.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var granted = await roles.GetAsync(CancellationToken.None);
        return effective.Any(role => granted.TryGetValue(role, out var permissions) && permissions.Contains(permission));
    }
}
