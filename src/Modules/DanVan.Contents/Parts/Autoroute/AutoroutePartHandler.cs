using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Parts.Autoroute;

/// <summary>
/// Gives the item its path: the one set (folded: <c>About</c> → <c>about</c>), else the type's pattern applied to the
/// display text; checked against reserved routes, and made unique among the tenant's items. Runs after the other
/// parts, whose handlers set the display text.
/// </summary>
public sealed class AutoroutePartHandler(IContentManager contents, ContentPathRules rules) : IContentPartHandler
{
    public int Order => 100;

    public async Task NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        var part = context.GetOrCreatePart();
        var path = AutoroutePattern.Fold(part["Path"]?.GetValue<string>() ?? string.Empty);
        var given = path.Length > 0;
        if (!given)
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

        // A path someone chose that another route answers is refused; one made from a title ("Tìm kiếm") moves aside
        // (tim-kiem-2), as it would for a path another item has.
        if (given && rules.ReservedSegment(path, context.Item.ContentType) is { } reserved)
        {
            throw context.Error("Path", $"'{reserved}' is reserved for the platform's pages");
        }

        var id = context.Item.ContentItemId;
        var type = context.Item.ContentType;
        if (path.Contains('/', StringComparison.Ordinal) && rules.ReservedSegment(path, type) is { } reservedByPattern)
        {
            // A suffix changes only the last segment: no candidate could ever be free.
            throw context.Error("Path", $"the type's path pattern starts with '{reservedByPattern}', which another route answers; change the pattern");
        }

        part["Path"] = await Slugifier.MakeUniqueAsync(
                path, async candidate => rules.ReservedSegment(candidate, type) is not null || await contents.IsPathTakenAsync(candidate, id, cancellationToken))
            ?? throw context.Error("Path", $"'{path}' and its first {Slugifier.MaxUniqueAttempts} numbered variants are all taken; choose another path");
    }
}
