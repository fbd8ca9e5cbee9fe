using System.Text;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Security;

/// <summary>
/// Checks a <c>returnUrl</c> before redirecting to it: only a path on this site (no scheme, no <c>//host</c>, no
/// backslash, no control character) that leads back to the current tenant is accepted — not another district's prefix,
/// so a link cannot bounce a signed-in user into another tenant. Non-ASCII characters (Vietnamese slugs typed or
/// decoded from the query) are percent-encoded, since a Location header must be ASCII.
/// </summary>
public static class TenantReturnUrl
{
    /// <returns>The URL, ready for a Location header; <c>null</c> when it must not be followed.</returns>
    public static string? Check(HttpContext context, string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/' || returnUrl.StartsWith("//", StringComparison.Ordinal) ||
            returnUrl.Contains('\\') || returnUrl.Any(char.IsControl))
        {
            return null;
        }

        var escaped = EscapeNonAscii(returnUrl);
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        if (escaped is null || !tenant.HasTenant)
        {
            return null;
        }

        var path = PathString.FromUriComponent(escaped.Split('?', '#')[0]).Value ?? "/";
        var registry = context.RequestServices.GetRequiredService<ITenantRegistry>();
        var match = registry.Resolve(context.Request.Host.Value ?? string.Empty, path);
        return match is { } found && string.Equals(found.Tenant.Name, tenant.Settings.Name, StringComparison.Ordinal) ? escaped : null;
    }

    /// <summary>Percent-encodes (as UTF-8) every character outside ASCII and spaces; <c>null</c> for broken UTF-16.</summary>
    private static string? EscapeNonAscii(string url)
    {
        if (url.All(c => c is > ' ' and < (char)0x7F))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length * 2);
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < (char)0x7F)
            {
                builder.Append(c);
                continue;
            }

            var length = 1;
            if (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]))
            {
                length = 2;
            }
            else if (char.IsSurrogate(c))
            {
                return null;
            }

            foreach (var b in Encoding.UTF8.GetBytes(url.Substring(i, length)))
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder.ToString();
    }
}
