using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DanVan.Orchard.Http;

/// <summary>
/// HEAD is GET without a body, for every endpoint: MVC's [HttpGet] and minimal API MapGet do not match HEAD. The
/// application sees GET (so routing, output cache and every handler answer as for GET, with the same status and
/// headers) while the server still sees HEAD and sends no body; whatever the application writes is dropped here.
/// The output cache sits inside, so a HEAD that fills the cache stores the full GET body.
/// </summary>
public sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var request = context.Features.GetRequiredFeature<IHttpRequestFeature>();
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpRequestFeature>(new GetRequestFeature(request));
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(request);
            context.Features.Set(body);
        }
    }

    /// <summary>The server's request, seen with the GET method.</summary>
    private sealed class GetRequestFeature(IHttpRequestFeature inner) : IHttpRequestFeature
    {
        public string Method { get; set; } = HttpMethods.Get;

        public string Protocol { get => inner.Protocol; set => inner.Protocol = value; }

        public string Scheme { get => inner.Scheme; set => inner.Scheme = value; }

        public string PathBase { get => inner.PathBase; set => inner.PathBase = value; }

        public string Path { get => inner.Path; set => inner.Path = value; }

        public string QueryString { get => inner.QueryString; set => inner.QueryString = value; }

        public string RawTarget { get => inner.RawTarget; set => inner.RawTarget = value; }

        public IHeaderDictionary Headers { get => inner.Headers; set => inner.Headers = value; }

        public Stream Body { get => inner.Body; set => inner.Body = value; }
    }
}
