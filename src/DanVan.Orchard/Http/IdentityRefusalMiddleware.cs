using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DanVan.Orchard.Http;

/// <summary>
/// Drops <c>identity;q=0</c> from <c>Accept-Encoding</c> before routing. ASP.NET Core's content-encoding negotiation
/// policy (there for the precompressed static assets) throws <see cref="ArgumentOutOfRangeException"/> on it for every
/// route, so one header made any page a 500. Without it the page cache still picks the best coding the client lists,
/// and sends the plain page when none is listed, which is what a refused identity gets anyway (no 406 here).
/// </summary>
public sealed class IdentityRefusalMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.AcceptEncoding;
        if (header.Count > 0 && StringWithQualityHeaderValue.TryParseList(header, out var codings)
            && codings.Any(IsRefusedIdentity))
        {
            context.Request.Headers.AcceptEncoding = string.Join(", ", codings.Where(c => !IsRefusedIdentity(c)));
        }

        return next(context);
    }

    private static bool IsRefusedIdentity(StringWithQualityHeaderValue coding) =>
        coding.Quality is 0 && coding.Value.Equals("identity", StringComparison.OrdinalIgnoreCase);
}
