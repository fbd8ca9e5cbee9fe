using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// Picks the content coding of a response from the request's Accept-Encoding (RFC 9110 §12.5.3): the highest q-value
/// wins, ties go to the smaller coding (br, then gzip, then identity). Identity, when not listed, comes after any
/// listed coding; it is acceptable unless excluded by
/// <c>identity;q=0</c> or by <c>*;q=0</c> without an identity entry; when nothing on offer is acceptable, identity is
/// sent anyway (the RFC allows disregarding the header rather than answering 406). No header: identity, as clients
/// that send none often cannot decode anything else. Parsed without allocating: it runs on every cached hit.
/// </summary>
public static class AcceptEncoding
{
    private const int Unset = -1;

    /// <summary>The coding to send, among the stored ones (identity always is).</summary>
    public static ContentCoding Choose(StringValues header, bool brotliAvailable, bool gzipAvailable)
    {
        if (StringValues.IsNullOrEmpty(header))
        {
            return ContentCoding.Identity;
        }

        int br = Unset, gzip = Unset, identity = Unset, any = Unset;
        foreach (var value in header)
        {
            var rest = (value ?? string.Empty).AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var item = comma < 0 ? rest : rest[..comma];
                rest = comma < 0 ? [] : rest[(comma + 1)..];
                Read(item, ref br, ref gzip, ref identity, ref any);
            }
        }

        var qBr = brotliAvailable ? Resolve(br, any, fallback: 0) : 0;
        var qGzip = gzipAvailable ? Resolve(gzip, any, fallback: 0) : 0;
        // Identity is acceptable unless excluded, but a coding the client lists (gzip;q=0.2) is preferred to it.
        var qIdentity = Resolve(identity, any, fallback: 1);
        if (qBr > 0 && qBr >= qGzip && qBr >= qIdentity)
        {
            return ContentCoding.Brotli;
        }

        return qGzip > 0 && qGzip >= qIdentity ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    private static int Resolve(int explicitQ, int anyQ, int fallback) =>
        explicitQ != Unset ? explicitQ : anyQ != Unset ? anyQ : fallback;

    private static void Read(ReadOnlySpan<char> item, ref int br, ref int gzip, ref int identity, ref int any)
    {
        var semicolon = item.IndexOf(';');
        var coding = (semicolon < 0 ? item : item[..semicolon]).Trim();
        if (coding.IsEmpty)
        {
            return;
        }

        var q = semicolon < 0 ? 1000 : Quality(item[(semicolon + 1)..]);
        if (q < 0)
        {
            return; // a malformed weight: the entry is ignored
        }

        // A coding listed twice keeps its highest weight.
        if (coding.Equals("br", StringComparison.OrdinalIgnoreCase)) { br = Math.Max(br, q); }
        else if (coding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || coding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase)) { gzip = Math.Max(gzip, q); }
        else if (coding.Equals("identity", StringComparison.OrdinalIgnoreCase)) { identity = Math.Max(identity, q); }
        else if (coding.SequenceEqual("*")) { any = Math.Max(any, q); }
    }

    /// <summary>The q parameter in thousandths (0–1000), 1000 without one, -1 when malformed.</summary>
    private static int Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.Length < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') || parameter[1] != '=')
            {
                continue;
            }

            // qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
            var text = parameter[2..].Trim();
            if (text.IsEmpty || text.Length > 5 || (text[0] != '0' && text[0] != '1') || (text.Length > 1 && text[1] != '.'))
            {
                return -1;
            }

            var thousandths = (text[0] - '0') * 1000;
            for (int i = 2, scale = 100; i < text.Length; i++, scale /= 10)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    return -1;
                }

                thousandths += (text[i] - '0') * scale;
            }

            return thousandths > 1000 ? -1 : thousandths;
        }

        return 1000;
    }
}
