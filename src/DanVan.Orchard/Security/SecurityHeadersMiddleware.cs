using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Security;

/// <summary>
/// Security headers on every response (pages, feeds, media, static assets, status pages), set as the response starts
/// so cached answers get them too:
/// <list type="bullet">
/// <item>Content-Security-Policy: scripts, styles, images, fonts and connections from the site itself only, no inline
/// script; inline styles only with the response's nonce (<see cref="CspNonce"/>).</item>
/// <item>Framing: never for the admin, sign-in, account and setup pages (clickjacking of their buttons);
/// same origin only for public pages.</item>
/// <item>X-Content-Type-Options: nosniff; Referrer-Policy: strict-origin-when-cross-origin.</item>
/// </list>
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private static readonly PathString[] PrivateSections = ["/admin", "/login", "/logout", "/account", "/setup"];

    // Nearly every response has no nonce: its policy is one of these two, built once rather than per response.
    private static readonly string PrivatePolicy = Policy(isPrivate: true, nonce: null);
    private static readonly string PublicPolicy = Policy(isPrivate: false, nonce: null);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>The policy for a page; <paramref name="nonce"/> allows the inline styles that carry it.</summary>
    public static string Policy(bool isPrivate, string? nonce, CspExternalSources.Sources? external = null)
    {
        var inline = nonce is null ? string.Empty : $" 'nonce-{nonce}'";
        var scripts = external is { Scripts.Count: > 0 } ? " " + string.Join(' ', external.Scripts) : string.Empty;
        var frames = external is { Frames.Count: > 0 } ? "frame-src 'self' " + string.Join(' ', external.Frames) + "; " : string.Empty;
        return $"default-src 'self'; script-src 'self'{scripts}; {frames}" +
            $"style-src 'self'{inline}; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self'; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; " +
            (isPrivate ? "frame-ancestors 'none'" : "frame-ancestors 'self'");
    }

    /// <summary>Admin, account and setup pages: the tenant-relative path's first segment (the prefix is in PathBase by now).</summary>
    public static bool IsPrivate(PathString path) =>
        PrivateSections.Any(section => path.StartsWithSegments(section, StringComparison.OrdinalIgnoreCase));

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var isPrivate = IsPrivate(context.Request.Path);
        var nonce = CspNonce.Find(context);
        var external = CspExternalSources.Find(context);
        headers.ContentSecurityPolicy = nonce is not null || external is not null ? Policy(isPrivate, nonce, external) : isPrivate ? PrivatePolicy : PublicPolicy;
        headers.XFrameOptions = isPrivate ? "DENY" : "SAMEORIGIN";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}
