using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DanVan.Web.Tests.Hardening;

/// <summary>PNG files made in the test: real ones of one colour, and "bombs" whose header claims far more than the file holds.</summary>
public static class TestPng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A valid RGB PNG of one colour; rows of zeros (black) compress to almost nothing, so even a huge one is small.</summary>
    public static byte[] Solid(int width, int height)
    {
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + (3 * width)]; // filter byte 0, then black pixels
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return Assemble(width, height, pixels.ToArray());
    }

    /// <summary>A small file whose IHDR claims <paramref name="width"/>×<paramref name="height"/>, followed by a tiny IDAT: what a decompression bomb looks like to a header reader.</summary>
    public static byte[] ClaimingSize(int width, int height)
    {
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(new byte[1024]);
        }

        return Assemble(width, height, pixels.ToArray());
    }

    private static byte[] Assemble(int width, int height, byte[] idat)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour RGB
        using var png = new MemoryStream();
        png.Write(Signature);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
