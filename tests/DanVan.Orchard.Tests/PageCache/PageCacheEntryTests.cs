using System.IO.Compression;
using System.Text;
using DanVan.Orchard.PageCache;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.PageCache;

public sealed class PageCacheEntryTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes(
        "<!doctype html><html lang=\"vi\"><body>" + string.Concat(Enumerable.Repeat("<p>Sơ kết công tác dân vận 6 tháng đầu năm.</p>", 200)) + "</body></html>");

    private static readonly KeyValuePair<string, string>[] Html =
        [new("Content-Type", "text/html; charset=utf-8"), new("Vary", "Accept-Encoding")];

    [Fact]
    public void An_entry_holds_every_variant_in_the_one_array_the_cache_counts_and_reads_back_in_place()
    {
        var entry = Factory().Create(Page, Html);

        var data = entry.Serialize();
        var parsed = PageCacheEntry.Parse(data)!;

        Assert.True(data.Length >= Page.Length + entry.Gzip.Length + entry.Brotli.Length, $"{data.Length} bytes stored");
        Assert.Equal(Page, parsed.Identity.ToArray());
        Assert.Equal(Page, Decode(new GZipStream(new MemoryStream(parsed.Gzip.ToArray()), CompressionMode.Decompress)));
        Assert.Equal(Page, Decode(new BrotliStream(new MemoryStream(parsed.Brotli.ToArray()), CompressionMode.Decompress)));
        Assert.Equal(entry.ETag, parsed.ETag);
        Assert.Equal(Html, parsed.Headers);
        Assert.Null(PageCacheEntry.Parse([9, 9, 9]));
    }

    [Fact]
    public void Small_or_binary_bodies_are_stored_uncompressed_and_etags_name_the_bytes_and_the_coding()
    {
        var tiny = Factory().Create("User-agent: *"u8.ToArray(), [new("Content-Type", "text/plain")]);
        var image = Factory().Create(Page, [new("Content-Type", "image/png")]);
        var page = Factory().Create(Page, Html);
        var other = Factory().Create(Page.Append((byte)' ').ToArray(), Html);

        Assert.True(tiny.Gzip.IsEmpty && tiny.Brotli.IsEmpty);
        Assert.True(image.Gzip.IsEmpty && image.Brotli.IsEmpty);
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", page.ETag);
        Assert.Equal(page.ETag, Factory().Create(Page, Html).ETag);
        Assert.NotEqual(page.ETag, other.ETag);
        Assert.Equal(page.ETag[..^1] + "-br\"", page.ETagOf(ContentCoding.Brotli));
        Assert.Equal(page.ETag[..^1] + "-gz\"", page.ETagOf(ContentCoding.Gzip));
    }

    [Fact]
    public void A_page_with_an_antiforgery_token_or_a_cookie_is_not_stored()
    {
        var services = new ServiceCollection().AddLogging().AddAntiforgery().AddDataProtection().Services.BuildServiceProvider();
        var withForm = new DefaultHttpContext { RequestServices = services };
        services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(withForm);
        var withCookie = new DefaultHttpContext();
        withCookie.Response.Cookies.Append("a", "b");
        var plain = new DefaultHttpContext();

        Assert.False(PageEntryHeaders.MayStore(withForm.Response), withForm.Response.Headers.CacheControl);
        Assert.False(PageEntryHeaders.MayStore(withCookie.Response));
        Assert.True(PageEntryHeaders.MayStore(plain.Response));
        plain.Response.StatusCode = 404;
        Assert.False(PageEntryHeaders.MayStore(plain.Response));
    }

    private static PageEntryFactory Factory() => new(Options.Create(new PageCacheOptions()));

    private static byte[] Decode(Stream decoder)
    {
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
