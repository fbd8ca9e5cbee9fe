using Microsoft.AspNetCore.Authorization;

namespace DanVan.Orchard.Security;

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}
