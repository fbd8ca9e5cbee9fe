using DanVan.Contents.Security;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Contents.Controllers;

/// <summary>
/// The address an item will get, shown live under its title while it is typed: the type's autoroute pattern applied
/// by the server's own <see cref="Slugifier"/> (one set of folding rules, not a copy in the script), made unique as
/// the save would.
/// </summary>
public sealed class ContentPathPreviewController(
    IContentManager contents, ContentDefinitionManager definitions, Parts.Autoroute.ContentPathRules rules, IAuthorizationService authorization)
    : ContentAdminControllerBase(authorization)
{
    [HttpGet("/admin/contents/path-preview")]
    public async Task<IActionResult> Preview(string? type, string? title, string? id, CancellationToken cancellationToken)
    {
        if (!await Can(ContentPermissions.EditContent, new ContentItem { ContentType = type ?? string.Empty, Owner = Actor.UserId }))
        {
            return Forbid();
        }

        var definition = await definitions.GetAsync(cancellationToken);
        var typePart = definition.FindType(type ?? string.Empty)?.FindPart(AutoroutePart.Name);
        if (typePart is null)
        {
            return NotFound();
        }

        var pattern = typePart.Settings["AutoroutePartSettings"]?["Pattern"]?.GetValue<string>() ?? AutoroutePattern.Default;
        string path;
        try
        {
            path = AutoroutePattern.Apply(pattern, (title ?? string.Empty).Trim());
        }
        catch (ArgumentException)
        {
            return Json(new { path = (string?)null });
        }

        if (AutoroutePattern.Validate(path) is not null)
        {
            return Json(new { path = (string?)null });
        }

        var contentType = type!;
        var unique = await Slugifier.MakeUniqueAsync(path, async candidate =>
            rules.ReservedSegment(candidate, contentType) is not null || await contents.IsPathTakenAsync(candidate, id ?? string.Empty, cancellationToken));
        if (unique is null)
        {
            return Json(new { path = (string?)null });
        }

        path = unique;
        return Json(new { path, url = Url.Content("~/" + path) });
    }
}
