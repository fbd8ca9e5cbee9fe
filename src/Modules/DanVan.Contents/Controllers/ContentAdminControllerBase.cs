using System.Security.Claims;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>What the content admin's controllers share: the acting user and the permission checks.</summary>
[Admin]
public abstract class ContentAdminControllerBase(IAuthorizationService authorization) : Controller
{
    protected ContentActor Actor => new(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name);

    protected Task<bool> Can(Permission permission, ContentItem? item = null) => authorization.HasPermissionAsync(User, permission, item);
}
