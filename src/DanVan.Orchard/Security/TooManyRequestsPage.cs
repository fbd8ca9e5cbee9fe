using System.Globalization;
using System.Threading.RateLimiting;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Orchard.Security;

/// <summary>What a request refused by a rate limit gets: 429, <c>Retry-After</c> and a short Vietnamese page.</summary>
public static class TooManyRequestsPage
{
    /// <summary>Used when a limiter does not say when to come back.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromMinutes(1);

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, _) => new ValueTask(WriteAsync(context.HttpContext, context.Lease));
    }

    private static Task WriteAsync(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : DefaultRetryAfter;
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var wait = seconds < 60 ? $"{seconds} giây" : $"{(int)Math.Ceiling(seconds / 60.0)} phút";
        return StatusPage.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Thử quá nhiều lần",
            $"Bạn đã gửi yêu cầu này quá nhiều lần trong thời gian ngắn. Vui lòng đợi khoảng {wait} rồi thử lại.");
    }
}
