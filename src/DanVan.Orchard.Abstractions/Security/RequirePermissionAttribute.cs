using Microsoft.AspNetCore.Authorization;

namespace DanVan.Orchard.Security;

/// <summary>
/// Every action of the controller (or the action, or an endpoint through <c>RequireAuthorization</c>) needs the
/// permission in the current tenant: anonymous users are challenged (sent to the tenant's login page), signed-in users
/// without it are forbidden (the "no access" page). A standard authorization policy, named
/// <see cref="PolicyPrefix"/> + the permission, built on demand by the permission policy provider.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    /// <summary>Policies named <c>Permission:&lt;name&gt;</c> are a permission check; any other name is an ordinary policy.</summary>
    public const string PolicyPrefix = "Permission:";

    public RequirePermissionAttribute(string permission)
    {
        Permission = permission;
        Policy = PolicyName(permission);
    }

    public string Permission { get; }

    public static string PolicyName(string permission) => PolicyPrefix + permission;
}
