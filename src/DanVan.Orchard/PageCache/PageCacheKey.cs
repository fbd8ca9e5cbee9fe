using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// The storage key of a page from what its policy asked to vary by (<see cref="CacheVaryByRules"/>): scheme, path base
/// and path (paths compared without case, like ASP.NET Core's output cache), the query keys the page reads, then the
/// vary-by values (tenant, content generation), headers and route values, each in a fixed order.
/// </summary>
public static class PageCacheKey
{
    public static string Create(OutputCacheContext context)
    {
        var request = context.HttpContext.Request;
        var rules = context.CacheVaryByRules;
        var key = new StringBuilder(128)
            .Append(rules.CacheKeyPrefix).Append('\u001e')
            .Append(request.Scheme).Append('\u001e');
        if (rules.VaryByHost)
        {
            key.Append(request.Host.Value?.ToUpperInvariant());
        }

        key.Append('\u001e').Append(request.PathBase.Value?.ToUpperInvariant())
            .Append(request.Path.Value?.ToUpperInvariant());

        foreach (var name in rules.QueryKeys)
        {
            key.Append("\u001eQ").Append(name?.ToUpperInvariant()).Append('=').AppendJoin(',', request.Query[name ?? string.Empty].ToArray());
        }

        foreach (var name in rules.HeaderNames)
        {
            key.Append("\u001eH").Append(name?.ToUpperInvariant()).Append('=').AppendJoin(',', request.Headers[name ?? string.Empty].ToArray());
        }

        foreach (var name in rules.RouteValueNames)
        {
            key.Append("\u001eR").Append(name?.ToUpperInvariant()).Append('=')
                .Append(Convert.ToString(context.HttpContext.GetRouteValue(name ?? string.Empty), System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in rules.VaryByValues.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            key.Append("\u001eV").Append(name).Append('=').Append(value);
        }

        return key.ToString();
    }
}
