using System.Security.Claims;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Users.Security;

/// <summary>Creates roles and sets their permissions in the current tenant.</summary>
public sealed class RoleService(
    RoleManager<IdentityRole> roles, IRoleStore<IdentityRole> store, RolePermissionStore permissionStore, FeatureGate features)
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

        // The claims are changed in the store and saved once by the update (RoleManager's AddClaimAsync would commit
        // each: a role of 30 permissions was 30 transactions, the largest part of a tenant's setup).
        var claims = store as IRoleClaimStore<IdentityRole>
            ?? throw new InvalidOperationException("The role store does not keep claims.");
        foreach (var claim in await claims.GetClaimsAsync(role, CancellationToken.None))
        {
            if (claim.Type is RolePermissionStore.PermissionClaimType or "Description")
            {
                await claims.RemoveClaimAsync(role, claim, CancellationToken.None);
            }
        }

        if (!string.IsNullOrWhiteSpace(description))
        {
            await claims.AddClaimAsync(role, new Claim("Description", description), CancellationToken.None);
        }

        foreach (var permission in permissions.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await claims.AddClaimAsync(role, new Claim(RolePermissionStore.PermissionClaimType, permission), CancellationToken.None);
        }

        Check(await roles.UpdateAsync(role));
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
