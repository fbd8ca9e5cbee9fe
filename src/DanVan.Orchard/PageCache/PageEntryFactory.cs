using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// Makes the cache entry of a rendered page: hashes the identity bytes for its ETag and compresses them once, with gzip
/// and brotli, so no cached hit ever compresses anything.
/// </summary>
public sealed class PageEntryFactory(IOptions<PageCacheOptions> options)
{
    public PageCacheEntry Create(ReadOnlyMemory<byte> identity, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var compress = identity.Length >= options.Value.MinimumCompressedSize && IsText(headers);
        return new PageCacheEntry
        {
            Headers = headers,
            Identity = identity,
            Gzip = compress ? Smaller(Gzip(identity.Span), identity) : ReadOnlyMemory<byte>.Empty,
            Brotli = compress ? Smaller(Brotli(identity.Span, options.Value.BrotliQuality), identity) : ReadOnlyMemory<byte>.Empty,
            ETag = StrongETag(identity.Span),
        };
    }

    /// <summary>A strong ETag naming the bytes: 128 bits of their SHA-256, base64url.</summary>
    public static string StrongETag(ReadOnlySpan<byte> identity)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(identity, hash);
        return "\"" + Base64Url.EncodeToString(hash[..16]) + "\"";
    }

    public static byte[] Brotli(ReadOnlySpan<byte> source, int quality)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(source.Length)];
        if (!BrotliEncoder.TryCompress(source, buffer, out var written, quality, window: 22))
        {
            throw new InvalidOperationException("Brotli could not compress the page into its maximum compressed length.");
        }

        return buffer.AsSpan(0, written).ToArray();
    }

    public static byte[] Gzip(ReadOnlySpan<byte> source)
    {
        using var output = new MemoryStream(source.Length / 3);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(source);
        }

        return output.ToArray();
    }

    /// <summary>A coding is offered only when it saves bytes.</summary>
    private static ReadOnlyMemory<byte> Smaller(byte[] encoded, ReadOnlyMemory<byte> identity) =>
        encoded.Length < identity.Length ? encoded : ReadOnlyMemory<byte>.Empty;

    private static bool IsText(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            if (string.Equals(name, HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase) &&
                MediaTypeHeaderValue.TryParse(value, out var type))
            {
                var media = type.MediaType.Value ?? string.Empty;
                return media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
                    media.EndsWith("xml", StringComparison.OrdinalIgnoreCase) ||
                    media.EndsWith("json", StringComparison.OrdinalIgnoreCase) ||
                    media.EndsWith("javascript", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
