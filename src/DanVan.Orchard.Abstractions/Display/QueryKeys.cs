using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.Display;

/// <summary>
/// The query-string keys an MVC action can read: its simple parameters that are not route values nor services
/// (<c>int trang = 1</c> → <c>trang</c>), with their types (the page cache keys a value as the action will read it:
/// <c>?trang=01</c> as 1). Read from the action itself, so a new page parameter varies the output cache without anyone
/// keeping a list; remembered per endpoint.
/// </summary>
public static class QueryKeys
{
    private static readonly ConcurrentDictionary<Endpoint, Read> Cache = new();

    public static StringValues Of(Endpoint? endpoint) =>
        endpoint is null ? StringValues.Empty : Cache.GetOrAdd(endpoint, ReadAction).Names;

    /// <summary>The type the action binds the query key <paramref name="name"/> to, or null when it does not read it.</summary>
    public static Type? TypeOf(Endpoint? endpoint, string name) =>
        endpoint is not null && Cache.GetOrAdd(endpoint, ReadAction).Types.TryGetValue(name, out var type) ? type : null;

    private static Read ReadAction(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action)
        {
            return new Read(StringValues.Empty, new Dictionary<string, Type>());
        }

        var routeValues = (endpoint as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.Parameters
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var types = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters
            .Where(p => p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource == BindingSource.Query || p.BindingInfo.BindingSource == BindingSource.ModelBinding)
            .Where(p => IsSimple(p.ParameterType)))
        {
            var name = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
            if (!routeValues.Contains(name))
            {
                types.TryAdd(name, parameter.ParameterType);
            }
        }

        return new Read(new StringValues(types.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray()), types);
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal) ||
            underlying == typeof(DateTime) || underlying == typeof(DateOnly) || underlying == typeof(Guid);
    }

    private sealed record Read(StringValues Names, IReadOnlyDictionary<string, Type> Types);
}
