using Microsoft.AspNetCore.Authorization;

namespace DanVan.Orchard.Security;

/// <summary>
/// Marks an admin controller: only signed-in users of this tenant with ViewAdmin reach it (others are sent to the
/// tenant's login page), and the admin layout (menu, breadcrumbs, notices) is prepared for its views.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AdminAttribute : AuthorizeAttribute
{
    /// <summary>The ViewAdmin permission's policy (see <see cref="RequirePermissionAttribute"/>).</summary>
    public const string PolicyName = RequirePermissionAttribute.PolicyPrefix + AdminPermissions.Names.ViewAdmin;

    public AdminAttribute()
    {
        Policy = PolicyName;
    }
}
