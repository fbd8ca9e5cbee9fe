using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Parts.Autoroute;

/// <summary>
/// Gives the item its path: the one set, else the type's pattern applied to the display text; checked, and made unique
/// among the tenant's items. Runs after the other parts, whose handlers set the display text.
/// </summary>
public sealed class AutoroutePartHandler(IContentManager contents) : IContentPartHandler
{
    public int Order => 100;

    public async Task NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        var part = context.GetOrCreatePart();
        var path = part["Path"]?.GetValue<string>()?.Trim().Trim('/');
        if (string.IsNullOrEmpty(path))
        {
            var pattern = context.TypePart.Settings["AutoroutePartSettings"]?["Pattern"]?.GetValue<string>() ?? AutoroutePattern.Default;
            try
            {
                path = AutoroutePattern.Apply(pattern, context.Item.DisplayText);
            }
            catch (ArgumentException e)
            {
                throw context.Error("Path", e.Message);
            }
        }

        if (AutoroutePattern.Validate(path) is { } reason)
        {
            throw context.Error("Path", reason);
        }

        var id = context.Item.ContentItemId;
        part["Path"] = await Slugifier.MakeUniqueAsync(path, candidate => contents.IsPathTakenAsync(candidate, id, cancellationToken));
    }
}
