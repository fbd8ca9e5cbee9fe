using System.ComponentModel;
using System.Globalization;
using System.Text;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// The storage key of a page from what its policy asked to vary by (<see cref="CacheVaryByRules"/>): scheme, path base
/// and path (paths compared without case, like ASP.NET Core's output cache), the query values the page reads — each
/// as the action will read it (<c>?trang=01</c>, <c>?TRANG=1</c> and <c>?trang=1</c> are one page) — then the vary-by
/// values (tenant, content generation), headers and route values, each in a fixed order.
/// <para>
/// A request the key cannot describe has none (null), and is neither served from the cache nor stored: a query key
/// the page's action does not read (a view may still echo it, as the search box echoes <c>?q=</c>, and a key that
/// ignored it would hand that page to everyone), a value the action cannot read, or a key given twice. Only the
/// <see cref="PageCacheOptions.SharedQueryKeys"/> (campaign tags nobody reads) share the page's entry.
/// </para>
/// </summary>
public static class PageCacheKey
{
    public static string? Create(OutputCacheContext context, IEnumerable<string> sharedQueryKeys)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var rules = context.CacheVaryByRules;
        if (!QueryIsKnown(request.Query, rules.QueryKeys, sharedQueryKeys))
        {
            return null;
        }

        var key = new StringBuilder(128)
            .Append(rules.CacheKeyPrefix).Append('\u001e')
            .Append(request.Scheme).Append('\u001e');
        if (rules.VaryByHost)
        {
            key.Append(request.Host.Value?.ToUpperInvariant());
        }

        key.Append('\u001e').Append(request.PathBase.Value?.ToUpperInvariant())
            .Append(request.Path.Value?.ToUpperInvariant());

        var endpoint = http.GetEndpoint();
        foreach (var name in rules.QueryKeys)
        {
            if (string.IsNullOrEmpty(name) || !request.Query.TryGetValue(name, out var values))
            {
                continue;
            }

            if (values.Count != 1 || Normalise(values[0] ?? string.Empty, QueryKeys.TypeOf(endpoint, name) ?? typeof(string)) is not { } value)
            {
                return null;
            }

            key.Append("\u001eQ").Append(name.ToUpperInvariant()).Append('=').Append(value);
        }

        foreach (var name in rules.HeaderNames)
        {
            key.Append("\u001eH").Append(name?.ToUpperInvariant()).Append('=').AppendJoin(',', request.Headers[name ?? string.Empty].ToArray());
        }

        foreach (var name in rules.RouteValueNames)
        {
            key.Append("\u001eR").Append(name?.ToUpperInvariant()).Append('=')
                .Append(Convert.ToString(http.GetRouteValue(name ?? string.Empty), CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in rules.VaryByValues.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            key.Append("\u001eV").Append(name).Append('=').Append(value);
        }

        return key.ToString();
    }

    /// <summary>Whether every key of the query is one the page reads or one shared by every page (<c>utm_*</c>).</summary>
    public static bool QueryIsKnown(IQueryCollection query, IEnumerable<string?> pageKeys, IEnumerable<string> sharedQueryKeys)
    {
        foreach (var (name, _) in query)
        {
            if (!pageKeys.Contains(name, StringComparer.OrdinalIgnoreCase) && !sharedQueryKeys.Any(shared => Matches(shared, name)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="text"/> as the action reads it into <paramref name="type"/> (the model binder's own converter,
    /// invariant culture), written back in one canonical form; text is kept exactly (a page may echo it). Null when
    /// the action cannot read it.
    /// </summary>
    public static string? Normalise(string text, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return text;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        object? value;
        try
        {
            value = TypeDescriptor.GetConverter(underlying).ConvertFromInvariantString(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or NotSupportedException or OverflowException)
        {
            return null;
        }

        return value switch
        {
            null => null,
            DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    /// <summary>A shared key is a name (<c>fbclid</c>) or a prefix ending in <c>*</c> (<c>utm_*</c>), without case.</summary>
    private static bool Matches(string shared, string name) => shared.EndsWith('*')
        ? name.StartsWith(shared[..^1], StringComparison.OrdinalIgnoreCase)
        : string.Equals(shared, name, StringComparison.OrdinalIgnoreCase);
}
