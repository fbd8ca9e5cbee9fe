using System.Text.RegularExpressions;
using DanVan.Orchard.Text;

namespace DanVan.Orchard.Contents;

/// <summary>
/// The subset of Orchard's Liquid autoroute patterns we support: literal segments and
/// <c>{{ ContentItem.DisplayText | slugify }}</c>, e.g. <c>tin-tuc/{{ ContentItem.DisplayText | slugify }}</c>, and
/// Orchard's current spelling of the same, <c>{{ Model.ContentItem | display_text | slugify }}</c>.
/// </summary>
public static partial class AutoroutePattern
{
    public const string Default = "{{ ContentItem.DisplayText | slugify }}";

    public static string Apply(string pattern, string? displayText)
    {
        var path = DisplayTextToken().Replace(pattern, _ => Slugifier.Slugify(displayText));
        if (path.Contains("{{", StringComparison.Ordinal))
        {
            throw new ArgumentException($"the pattern '{pattern}' uses an expression other than {Default}");
        }

        return path.Trim('/');
    }

    /// <summary>
    /// A path as given (a recipe, an import, Orchard's <c>About</c>): each segment folded as a slug, so upper case and
    /// Vietnamese letters are accepted and stored as <c>about</c>, <c>gioi-thieu</c>; empty segments are dropped.
    /// </summary>
    public static string Fold(string path) =>
        string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Slugifier.Slugify).Where(s => s.Length > 0));

    /// <summary>Returns why a path cannot be used, or null: lower-case slug segments separated by '/', not a reserved route.</summary>
    public static string? Validate(string path)
    {
        if (path.Length is 0 or > 400)
        {
            return "the path must have 1 to 400 characters";
        }

        var segments = path.Split('/');
        if (segments.Any(s => !SlugSegment().IsMatch(s)))
        {
            return $"'{path}' must be lower-case letters a-z, digits and '-', in segments separated by '/'";
        }

        return ReservedSegments.IsReserved(segments[0]) ? $"'{segments[0]}' is reserved for the platform" : null;
    }

    [GeneratedRegex(@"\{\{\s*(?:ContentItem\.DisplayText|Model\.ContentItem\s*\|\s*display_text)\s*\|\s*slugify\s*\}\}")]
    private static partial Regex DisplayTextToken();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugSegment();
}
