using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Media.Security;

/// <summary>Whoever may manage every file may manage their own: ManageOwnMedia is granted by ManageMedia (roles need not list both).</summary>
public sealed class ManageMediaImpliesOwnHandler(PermissionAuthorizationHandler permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (requirement.Permission.Name == MediaPermissions.ManageOwnMedia.Name
            && await permissions.HasPermissionAsync(context.User, MediaPermissions.ManageMedia.Name))
        {
            context.Succeed(requirement);
        }
    }
}
