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
                ProblemDetails = { Status = http.Response.StatusCode, Title = Title(http.Response.StatusCode) },
            });
        }
        else if (http.Response.StatusCode == StatusCodes.Status404NotFound)
        {
            await StatusPage.NotFoundAsync(http);
        }
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Chưa xác thực",
        StatusCodes.Status403Forbidden => "Không có quyền",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
        StatusCodes.Status415UnsupportedMediaType => "Kiểu nội dung không được hỗ trợ",
        _ => "Yêu cầu không hợp lệ",
    };
}
