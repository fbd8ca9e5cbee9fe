using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Tenancy;

/// <summary>The short Vietnamese pages for answers that have no view: unavailable tenants, not found.</summary>
public static class StatusPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Task WriteAsync(HttpContext context, int statusCode, string title, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var home = Encoder.Encode(context.Request.PathBase.HasValue ? context.Request.PathBase.Value + "/" : "/");
        var html = $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Encoder.Encode(title)}}</title>
            <style nonce="{{context.CspNonceValue()}}">body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0;padding:3rem 1rem;color:#222;background:#faf7f2}main{max-width:36rem;margin:auto}h1{color:#8b0f0f;font-size:1.6rem}a{color:#8b0f0f}</style>
            </head>
            <body><main><h1>{{Encoder.Encode(title)}}</h1><p>{{Encoder.Encode(message)}}</p><p><a href="{{home}}">Về trang chủ</a></p></main></body>
            </html>
            """;
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    public static Task NotFoundAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status404NotFound,
        "Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.");
}
