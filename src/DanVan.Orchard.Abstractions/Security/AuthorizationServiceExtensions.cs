using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Orchard.Security;

public static class AuthorizationServiceExtensions
{
    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Permission permission, object? resource = null) =>
        (await authorization.AuthorizeAsync(user, resource, new PermissionRequirement(permission))).Succeeded;
}
