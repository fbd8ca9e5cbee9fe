using DanVan.Orchard.PageCache;
using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.Tests.PageCache;

public sealed class AcceptEncodingTests
{
    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("br", ContentCoding.Brotli)]
    [InlineData("gzip, deflate, br, zstd", ContentCoding.Brotli)]
    [InlineData("gzip;q=0.2", ContentCoding.Gzip)]
    [InlineData("br;q=0.5, gzip", ContentCoding.Gzip)]
    [InlineData("br;q=0.5, gzip;q=0.5", ContentCoding.Brotli)]
    [InlineData("gzip ; q=0.8 , BR ; Q=0.9", ContentCoding.Brotli)]
    [InlineData("identity;q=1, br;q=0.9", ContentCoding.Identity)]
    [InlineData("identity;q=0, gzip;q=0.1", ContentCoding.Gzip)]
    [InlineData("*;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0.3, identity;q=0.5", ContentCoding.Identity)]
    [InlineData("br;q=0, gzip;q=0", ContentCoding.Identity)]
    [InlineData("br;q=0, gzip;q=0, identity;q=0", ContentCoding.Identity)]
    [InlineData("br;q=1.5, gzip;q=0.1", ContentCoding.Gzip)]
    [InlineData("br;q=0.12345, gzip;q=0.1", ContentCoding.Gzip)]
    [InlineData("br;q=, gzip;q=0.1", ContentCoding.Gzip)]
    [InlineData("br;level=5;q=0.9, gzip;q=0.1", ContentCoding.Brotli)]
    [InlineData("x-gzip", ContentCoding.Gzip)]
    [InlineData(",,;, br", ContentCoding.Brotli)]
    [InlineData("deflate", ContentCoding.Identity)]
    public void Chooses_the_highest_weight_preferring_the_smaller_coding(string? header, ContentCoding expected) =>
        Assert.Equal(expected, AcceptEncoding.Choose(header, brotliAvailable: true, gzipAvailable: true));

    [Fact]
    public void Only_stored_codings_are_chosen_and_several_header_lines_are_read()
    {
        Assert.Equal(ContentCoding.Gzip, AcceptEncoding.Choose("br, gzip", brotliAvailable: false, gzipAvailable: true));
        Assert.Equal(ContentCoding.Identity, AcceptEncoding.Choose("br, gzip", brotliAvailable: false, gzipAvailable: false));
        Assert.Equal(ContentCoding.Brotli, AcceptEncoding.Choose(new StringValues(["gzip;q=0.5", "br"]), brotliAvailable: true, gzipAvailable: true));
    }
}
