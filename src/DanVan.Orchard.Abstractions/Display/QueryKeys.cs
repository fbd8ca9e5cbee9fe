using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.Display;

/// <summary>
/// The query-string keys an MVC action can read: its simple parameters that are not route values nor services
/// (<c>int trang = 1</c> → <c>trang</c>). Read from the action itself, so a new page parameter varies the output cache
/// without anyone keeping a list; remembered per endpoint.
/// </summary>
public static class QueryKeys
{
    private static readonly ConcurrentDictionary<Endpoint, StringValues> Cache = new();

    public static StringValues Of(Endpoint? endpoint) =>
        endpoint is null ? StringValues.Empty : Cache.GetOrAdd(endpoint, Read);

    private static StringValues Read(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action)
        {
            return StringValues.Empty;
        }

        var routeValues = (endpoint as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.Parameters
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var keys = action.Parameters
            .Where(p => p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource == BindingSource.Query || p.BindingInfo.BindingSource == BindingSource.ModelBinding)
            .Where(p => IsSimple(p.ParameterType))
            .Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
            .Where(name => !routeValues.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new StringValues(keys);
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal) ||
            underlying == typeof(DateTime) || underlying == typeof(DateOnly) || underlying == typeof(Guid);
    }
}
