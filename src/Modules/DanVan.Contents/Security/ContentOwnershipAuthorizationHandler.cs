using System.Security.Claims;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Contents.Security;

/// <summary>
/// EditContent, PublishContent and DeleteContent on an item the user owns are granted by the "Own" variants. An item
/// without an owner (made by a recipe in a database from before recipes gave items an owner) is nobody's: only the
/// "any item" permissions reach it.
/// </summary>
public sealed class ContentOwnershipAuthorizationHandler(PermissionAuthorizationHandler permissions) : AuthorizationHandler<PermissionRequirement, ContentItem>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement, ContentItem item)
    {
        if (!ContentPermissions.OwnVariants.TryGetValue(requirement.Permission.Name, out var own))
        {
            return;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var owns = userId is not null && item.Owner is not null && string.Equals(item.Owner, userId, StringComparison.Ordinal);
        if (owns && await permissions.HasPermissionAsync(context.User, own.Name))
        {
            context.Succeed(requirement);
        }
    }
}
