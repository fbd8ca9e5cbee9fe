using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Security;

/// <summary>
/// A per-response nonce for the few inline &lt;style&gt; blocks of pages that are never cached (setup page, status
/// pages). The Content-Security-Policy header names it only for responses that asked for one.
/// </summary>
public static class CspNonce
{
    private const string ItemKey = "DanVan.CspNonce";

    /// <summary>The response's nonce, made on first use; put it in a <c>nonce="…"</c> attribute.</summary>
    public static string CspNonceValue(this HttpContext context)
    {
        if (context.Items[ItemKey] is string nonce)
        {
            return nonce;
        }

        // Hex: no '+', '/' or '=' for the HTML encoder to turn into entities.
        nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[ItemKey] = nonce;
        return nonce;
    }

    /// <summary>The nonce if the response used one, else null.</summary>
    public static string? Find(HttpContext context) => context.Items[ItemKey] as string;
}
