using System.Security.Claims;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Users.Security;

/// <summary>Creates roles and sets their permissions in the current tenant.</summary>
public sealed class RoleService(RoleManager<IdentityRole> roles, RolePermissionStore permissionStore, FeatureGate features)
{
    /// <summary>The permissions of the features on in this tenant: those a role may be granted.</summary>
    public async Task<IReadOnlySet<string>> GetKnownPermissionsAsync(CancellationToken cancellationToken) =>
        (await features.GetEnabledAsync<IPermissionProvider>(cancellationToken))
            .SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public async Task SetAsync(string roleName, string? description, IReadOnlyCollection<string> permissions)
    {
        var role = await roles.FindByNameAsync(roleName);
        if (role is null)
        {
            role = new IdentityRole(roleName);
            Check(await roles.CreateAsync(role));
        }

        foreach (var claim in await roles.GetClaimsAsync(role))
        {
            if (claim.Type is RolePermissionStore.PermissionClaimType or "Description")
            {
                Check(await roles.RemoveClaimAsync(role, claim));
            }
        }

        if (!string.IsNullOrWhiteSpace(description))
        {
            Check(await roles.AddClaimAsync(role, new Claim("Description", description)));
        }

        foreach (var permission in permissions.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Check(await roles.AddClaimAsync(role, new Claim(RolePermissionStore.PermissionClaimType, permission)));
        }

        permissionStore.Invalidate();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new TenantSetupException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
