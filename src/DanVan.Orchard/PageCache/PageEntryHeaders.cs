using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DanVan.Orchard.PageCache;

/// <summary>Which rendered pages may be cached and shared, and the headers their entry keeps.</summary>
public sealed class PageEntryHeaders(IOptions<PageCacheOptions> options)
{
    // Set per response by the server or by this cache, never replayed from an entry.
    private static readonly HashSet<string> NotStored = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.SetCookie,
        HeaderNames.ETag, HeaderNames.Age, HeaderNames.CacheControl, HeaderNames.Vary, HeaderNames.Pragma, HeaderNames.Expires,
    };

    /// <summary>
    /// A 200 without cookies whose own Cache-Control (if any) lets it be shared: a page that generated an antiforgery
    /// token is marked <c>no-cache, no-store</c> by ASP.NET Core and is neither stored nor given a public Cache-Control.
    /// Already encoded or partial bodies are left alone.
    /// </summary>
    public static bool MayStore(HttpResponse response)
    {
        var headers = response.Headers;
        return response.StatusCode == StatusCodes.Status200OK &&
            StringValues.IsNullOrEmpty(headers.SetCookie) &&
            StringValues.IsNullOrEmpty(headers.ContentEncoding) &&
            StringValues.IsNullOrEmpty(headers.ContentRange) &&
            !Forbids(headers.CacheControl);
    }

    /// <summary>The rendered response's headers as the entry keeps them, with Vary and Cache-Control of a shared page.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToStore(IHeaderDictionary headers)
    {
        var stored = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in headers)
        {
            if (!NotStored.Contains(name))
            {
                foreach (var value in values)
                {
                    stored.Add(new(name, value ?? string.Empty));
                }
            }
        }

        // The page is the same for every reader but for its coding; a Vary the page set itself is kept.
        var vary = headers.Vary.ToString();
        stored.Add(new(HeaderNames.Vary, vary.Length == 0 ? HeaderNames.AcceptEncoding
            : vary.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase) ? vary : vary + ", " + HeaderNames.AcceptEncoding));
        var cacheControl = headers.CacheControl.ToString();
        stored.Add(new(HeaderNames.CacheControl, cacheControl.Length > 0 ? cacheControl : options.Value.PublicCacheControl));
        return stored;
    }

    private static bool Forbids(StringValues cacheControl)
    {
        var text = cacheControl.ToString();
        return text.Contains("no-store", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("private", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("no-cache", StringComparison.OrdinalIgnoreCase);
    }
}
