using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// Sends a cached page: the stored variant the client accepts (<see cref="AcceptEncoding"/>) with its ETag, or
/// 304 Not Modified without a body when the client already has it (If-None-Match). HEAD gets the same headers: the
/// body is dropped by <see cref="Http.HeadRequestMiddleware"/>.
/// </summary>
public static class PageEntryResponse
{
    public static Task WriteAsync(HttpContext context, PageCacheEntry entry, CancellationToken cancellation)
    {
        var request = context.Request;
        var response = context.Response;
        var coding = AcceptEncoding.Choose(request.Headers.AcceptEncoding, !entry.Brotli.IsEmpty, !entry.Gzip.IsEmpty);
        var etag = entry.ETagOf(coding);
        var headers = response.Headers;
        headers.ETag = etag;

        if (Matches(request.Headers.IfNoneMatch, etag))
        {
            // RFC 9110 §15.4.5: the fields a 200 would have carried that tell caches how to keep it.
            foreach (var (name, value) in entry.Headers)
            {
                if (IsCacheField(name))
                {
                    headers[name] = value;
                }
            }

            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        foreach (var (name, value) in entry.Headers)
        {
            headers[name] = value;
        }

        if (coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = coding == ContentCoding.Brotli ? "br" : "gzip";
        }

        var body = entry.Body(coding);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, cancellation).AsTask();
    }

    /// <summary>If-None-Match's weak comparison (RFC 9110 §13.1.2): "*", or any listed tag with the same opaque value.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var range in (value ?? string.Empty).AsSpan().Split(','))
            {
                var tag = (value ?? string.Empty).AsSpan()[range].Trim();
                if (tag.SequenceEqual("*"))
                {
                    return true;
                }

                if (tag.StartsWith("W/", StringComparison.Ordinal))
                {
                    tag = tag[2..];
                }

                if (tag.SequenceEqual(etag))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCacheField(string name) =>
        string.Equals(name, HeaderNames.Vary, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, HeaderNames.CacheControl, StringComparison.OrdinalIgnoreCase);
}
