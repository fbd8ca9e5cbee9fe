using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Http;

/// <summary>Requests for the scripts' API (<c>/api/…</c>), which answer problem details rather than pages.</summary>
public static class ApiPaths
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
