using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Security;

/// <summary>
/// Every action of the controller (or the action) needs the permission in the current tenant: anonymous users are
/// sent to the tenant's login page, signed-in users without it to the "no access" page.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequirePermissionAttribute(string permission) : Attribute, IAsyncAuthorizationFilter
{
    public string Permission { get; } = permission;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult();
            return;
        }

        var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!await authorization.HasPermissionAsync(user, new Permission(Permission, string.Empty, string.Empty)))
        {
            context.Result = new ForbidResult();
        }
    }
}
