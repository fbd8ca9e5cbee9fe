using System.Collections.Frozen;
using DanVan.Orchard.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// First path segments no tenant prefix may take: the platform's own (<see cref="ReservedSegments"/>) and the first
/// literal segment of every route the modules map (<c>tin-tuc</c>, <c>chuyen-muc</c>, <c>rss.xml</c>…), read from the
/// endpoints themselves, so a new module's routes are reserved without anyone keeping a list. A prefix equal to one
/// of them would take the portal's pages of that route away (they would answer as the district).
/// </summary>
public sealed class ReservedPrefixes : IRoutedSegments
{
    private EndpointDataSource? _endpoints;
    private FrozenSet<string>? _fromRoutes;

    /// <summary>Called once the endpoints are mapped (the site and the CLI both map them).</summary>
    public void UseEndpoints(EndpointDataSource endpoints)
    {
        _endpoints = endpoints;
        _fromRoutes = null;
    }

    public bool IsReserved(string firstSegment) => IsReservedPrefix(firstSegment);

    private bool IsReservedPrefix(string prefix) => ReservedSegments.IsReserved(prefix) || FromRoutes.Contains(prefix);

    /// <summary>The route segments read from the endpoints (empty until they are mapped).</summary>
    public IReadOnlySet<string> FromRoutes => _fromRoutes ??= Read(_endpoints);

    private static FrozenSet<string> Read(EndpointDataSource? endpoints)
    {
        if (endpoints is null)
        {
            return FrozenSet<string>.Empty;
        }

        var segments = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.PathSegments is [var first, ..] && first.Parts.All(p => p is RoutePatternLiteralPart or RoutePatternSeparatorPart))
            {
                var text = string.Concat(first.Parts.Select(p => p switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => string.Empty,
                }));
                if (text.Length > 0)
                {
                    segments.Add(text);
                }
            }
        }

        return segments.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
