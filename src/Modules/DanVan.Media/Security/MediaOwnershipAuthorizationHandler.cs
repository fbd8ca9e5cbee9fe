using System.Security.Claims;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Media.Security;

/// <summary>
/// ManageMedia on a file the user uploaded is granted by ManageOwnMedia. A file without a recorded owner (from a
/// recipe, or uploaded before owners were kept) is nobody's: "no owner" grants nothing.
/// </summary>
public sealed class MediaOwnershipAuthorizationHandler(PermissionAuthorizationHandler permissions)
    : AuthorizationHandler<PermissionRequirement, MediaFileResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement, MediaFileResource file)
    {
        if (requirement.Permission.Name != MediaPermissions.ManageMedia.Name || file.Owner is null)
        {
            return;
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) == file.Owner
            && await permissions.HasPermissionAsync(context.User, MediaPermissions.ManageOwnMedia.Name))
        {
            context.Succeed(requirement);
        }
    }
}
