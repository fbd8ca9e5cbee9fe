using DanVan.Orchard.Contents;
using DanVan.Orchard.Text;

namespace DanVan.Contents.Parts.Autoroute;

/// <summary>
/// Which first segments an item's path may not take: the platform's and every other route's (<c>admin</c>,
/// <c>tim-kiem</c>, <c>chuyen-muc</c>…), since that route would answer instead of the item. A type's own route prefix
/// (an Article under <c>tin-tuc/</c>) is its to use.
/// </summary>
public sealed class ContentPathRules(IRoutedSegments routed, IEnumerable<IContentTypeDisplay> displays)
{
    /// <summary>The reserved first segment of <paramref name="path"/>, or null when the item may have the path.</summary>
    public string? ReservedSegment(string path, string contentType)
    {
        var first = path.Split('/')[0];
        var own = displays.Any(d => d.ContentType == contentType && d.PathPrefix.TrimEnd('/').Equals(first, StringComparison.Ordinal));
        return !own && (ReservedSegments.IsReserved(first) || routed.IsReserved(first)) ? first : null;
    }

    /// <summary>
    /// The reserved literal first segment of a type's path pattern (<c>tin-tuc/{{…}}</c> on a type that is not the
    /// Article), or null. Every path such a pattern makes would be refused, whatever number is added to it.
    /// </summary>
    public string? ReservedPatternSegment(string pattern, string contentType)
    {
        var segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length < 2 || segments[0].Contains("{{", StringComparison.Ordinal))
        {
            return null;
        }

        return ReservedSegment(Slugifier.Slugify(segments[0]) + "/x", contentType);
    }
}
