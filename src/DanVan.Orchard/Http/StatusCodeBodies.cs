using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Http;

/// <summary>
/// A body for an error answer that has none: the Vietnamese not-found page for readers, problem details for the API
/// (a script reading <c>application/problem+json</c> should never get an empty 400).
/// </summary>
public static class StatusCodeBodies
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (ApiPaths.IsApi(http.Request))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode, Title = http.Response.StatusCode == 404 ? "Không tìm thấy" : "Yêu cầu không hợp lệ" },
            });
        }
        else if (http.Response.StatusCode == StatusCodes.Status404NotFound)
        {
            await StatusPage.NotFoundAsync(http);
        }
    }
}
