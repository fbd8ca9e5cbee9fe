using System.Buffers.Binary;
using System.Text;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// A cached page: its headers, its bytes as rendered (identity) and, when worth it, the same bytes compressed with
/// gzip and brotli, each with its own strong ETag. Stored as one byte array (<see cref="Serialize"/>), so the cache's
/// size limit counts every variant; <see cref="Parse"/> reads the bodies in place, without copying them.
/// </summary>
public sealed class PageCacheEntry
{
    private const byte FormatVersion = 1;

    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }

    public required ReadOnlyMemory<byte> Identity { get; init; }

    public required ReadOnlyMemory<byte> Gzip { get; init; }

    public required ReadOnlyMemory<byte> Brotli { get; init; }

    /// <summary>The ETag of the identity bytes; the encoded variants' ETags add a suffix (<see cref="ETagOf"/>).</summary>
    public required string ETag { get; init; }

    public ReadOnlyMemory<byte> Body(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => Brotli,
        ContentCoding.Gzip => Gzip,
        _ => Identity,
    };

    /// <summary>
    /// A strong ETag per representation (RFC 9110 §8.8.3): the gzip and brotli bytes are other representations than
    /// the identity bytes, so they must not share its strong validator (a cache could otherwise combine byte ranges of
    /// two of them); a weak ETag for all three would give up strong comparison (If-Match, If-Range) for nothing.
    /// </summary>
    public string ETagOf(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotliETag ??= ETag.Insert(ETag.Length - 1, "-br"),
        ContentCoding.Gzip => _gzipETag ??= ETag.Insert(ETag.Length - 1, "-gz"),
        _ => ETag,
    };

    private string? _brotliETag;
    private string? _gzipETag;

    /// <summary>The whole entry as one array: version, ETag, headers, then the three bodies, lengths first.</summary>
    public byte[] Serialize()
    {
        var size = 1 + StringSize(ETag) + 2 + Headers.Sum(h => StringSize(h.Key) + StringSize(h.Value)) +
            12 + Identity.Length + Gzip.Length + Brotli.Length;
        var buffer = new byte[size];
        var writer = new Writer(buffer);
        writer.Byte(FormatVersion);
        writer.String(ETag);
        writer.UInt16((ushort)Headers.Count);
        foreach (var (name, value) in Headers)
        {
            writer.String(name);
            writer.String(value);
        }

        writer.Bytes(Identity.Span);
        writer.Bytes(Gzip.Span);
        writer.Bytes(Brotli.Span);
        return buffer;
    }

    /// <summary>The entry <see cref="Serialize"/> wrote, or null for anything else (an older format).</summary>
    public static PageCacheEntry? Parse(byte[] data)
    {
        if (data.Length == 0 || data[0] != FormatVersion)
        {
            return null;
        }

        var position = 1;
        var etag = ReadString(data, ref position);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position));
        position += 2;
        var headers = new KeyValuePair<string, string>[count];
        for (var i = 0; i < count; i++)
        {
            var name = ReadString(data, ref position);
            headers[i] = new(name, ReadString(data, ref position));
        }

        return new PageCacheEntry
        {
            ETag = etag,
            Headers = headers,
            Identity = ReadBytes(data, ref position),
            Gzip = ReadBytes(data, ref position),
            Brotli = ReadBytes(data, ref position),
        };
    }

    private static int StringSize(string value) => 4 + Encoding.UTF8.GetByteCount(value);

    private static string ReadString(byte[] data, ref int position)
    {
        var bytes = ReadBytes(data, ref position);
        return Encoding.UTF8.GetString(bytes.Span);
    }

    private static ReadOnlyMemory<byte> ReadBytes(byte[] data, ref int position)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
        var bytes = new ReadOnlyMemory<byte>(data, position + 4, length);
        position += 4 + length;
        return bytes;
    }

    private ref struct Writer(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;
        private int _position;

        public void Byte(byte value) => _buffer[_position++] = value;

        public void UInt16(ushort value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(_buffer[_position..], value);
            _position += 2;
        }

        public void String(string value)
        {
            var length = Encoding.UTF8.GetBytes(value, _buffer[(_position + 4)..]);
            BinaryPrimitives.WriteInt32LittleEndian(_buffer[_position..], length);
            _position += 4 + length;
        }

        public void Bytes(ReadOnlySpan<byte> value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer[_position..], value.Length);
            value.CopyTo(_buffer[(_position + 4)..]);
            _position += 4 + value.Length;
        }
    }
}
