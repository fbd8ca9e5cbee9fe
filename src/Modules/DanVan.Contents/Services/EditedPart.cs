using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;

namespace DanVan.Contents.Services;

/// <summary>
/// The part a part editor writes its inputs into: the stored one, so what the form has no input for (Orchard's
/// <c>AutoroutePart.SetHomepage</c>, <c>RouteContainedItems</c>…) survives the save.
/// </summary>
public static class EditedPart
{
    public static JsonObject Of(ContentItem item, ContentTypePartDefinition typePart)
    {
        if (item.Content[typePart.Name] is JsonObject part)
        {
            return part;
        }

        var created = new JsonObject();
        item.Content[typePart.Name] = created;
        return created;
    }
}
