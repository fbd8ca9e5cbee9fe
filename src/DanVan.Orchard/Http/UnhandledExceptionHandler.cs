using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace DanVan.Orchard.Http;

/// <summary>
/// The last answer for an error nobody handled: a request the client made badly keeps its 4xx, anything else is a
/// short Vietnamese 500 page (problem details under <c>/api</c>); a database outage is a 503 with <c>Retry-After</c>. The exception is logged by the middleware; its text
/// is shown only in Development and in the tests' environment, where it says what to fix.
/// </summary>
public sealed class UnhandledExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is TenantStoreException)
        {
            // A bad hand edit of tenants.json: pages that only read keep working from the last good table; those that
            // change tenants cannot, and say why.
            return await WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, "Danh sách trang đang bị lỗi",
                "Tệp danh sách các trang (tenants.json) không đọc được nên chưa thể thay đổi; các trang vẫn hoạt động. Quản trị hệ thống cần sửa hoặc khôi phục tệp.",
                exception);
        }

        if (Within<ScaleOut.KeyRingUnavailableException>(exception))
        {
            // Several nodes, Redis not reached since this one started: sign-ins and forms wait for the shared key ring.
            httpContext.Response.Headers.RetryAfter = "30";
            return await WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, "Tạm thời chưa đăng nhập được",
                "Hệ thống đang kết nối lại kho khóa dùng chung nên chưa thể đăng nhập hay gửi biểu mẫu. Các trang tin vẫn xem được; xin vui lòng thử lại sau ít phút.",
                exception);
        }

        if (Data.DatabaseOutage.Is(exception))
        {
            // PostgreSQL down or unreachable: every node and tenant is affected alike, and it comes back by itself.
            httpContext.Response.Headers.RetryAfter = Data.DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, "Trang tạm thời không truy cập được",
                "Cơ sở dữ liệu của hệ thống tạm thời không kết nối được. Xin vui lòng thử lại sau ít phút.", exception);
        }

        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        var detail = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? $"{exception.GetType().Name}: {exception.Message}"
            : null;

        return await WriteAsync(httpContext, status,
            status < 500 ? "Yêu cầu không hợp lệ" : "Đã có lỗi xảy ra",
            (status < 500 ? "Yêu cầu gửi lên không đọc được." : "Hệ thống gặp sự cố khi xử lý yêu cầu này. Xin vui lòng thử lại sau.") +
            (detail is null ? string.Empty : " " + detail),
            exception);
    }

    /// <summary>Data protection and views wrap what they call: the cause may be a few exceptions deep.</summary>
    private static bool Within<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T)
            {
                return true;
            }
        }

        return false;
    }

    private async ValueTask<bool> WriteAsync(HttpContext httpContext, int status, string title, string message, Exception exception)
    {
        if (ApiPaths.IsApi(httpContext.Request))
        {
            httpContext.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = { Status = status, Title = title, Detail = message },
            });
        }

        await StatusPage.WriteAsync(httpContext, status, title, message);
        return true;
    }
}
