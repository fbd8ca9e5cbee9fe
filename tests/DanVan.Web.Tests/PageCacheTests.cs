using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>
/// Cached public pages on the wire: the stored gzip/brotli copy chosen by Accept-Encoding, ETag and 304, Vary and
/// Cache-Control; nothing shared for signed-in users.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class PageCacheTests(ProvisionedSiteFixture site)
{
    private const string Article = "/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath;

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("gzip;q=0.8, BR;Q=0.9", "br")]
    [InlineData("x-gzip", "gzip")]
    [InlineData("*", "br")]
    [InlineData("identity;q=0.1, gzip;q=0.2", "gzip")]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("br;q=nonsense, gzip;q=0.2", "gzip")]
    [InlineData("identity", null)]
    [InlineData("deflate", null)]
    [InlineData("identity;q=0", null)]
    [InlineData("IDENTITY;q=0.000", null)]
    [InlineData("identity;q=0, gzip", "gzip")]
    [InlineData(null, null)]
    public async Task A_page_is_sent_in_the_coding_the_client_prefers_and_decodes_to_the_same_page(string? acceptEncoding, string? expected)
    {
        var client = site.CreateClient();
        var identity = await SendAsync(client, HttpMethod.Get, Article, "identity");
        var plain = await identity.Content.ReadAsByteArrayAsync();

        var response = await SendAsync(client, HttpMethod.Get, Article, acceptEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal(plain, Decode(body, expected));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        if (expected is not null)
        {
            Assert.True(body.Length * 2 < plain.Length, $"{expected}: {body.Length} bytes of {plain.Length}");
        }
    }

    [Fact]
    public async Task Each_coding_has_its_own_strong_etag_and_a_matching_if_none_match_answers_304_without_a_body()
    {
        var client = site.CreateClient();
        var br = await SendAsync(client, HttpMethod.Get, Article, "br");
        var gzip = await SendAsync(client, HttpMethod.Get, Article, "gzip");
        var identity = await SendAsync(client, HttpMethod.Get, Article, null);
        var tags = new[] { br, gzip, identity }.Select(r => r.Headers.ETag).ToList();
        Assert.All(tags, tag => Assert.False(tag is null || tag.IsWeak));
        Assert.Equal(3, tags.Select(t => t!.Tag).Distinct().Count());

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            var notModified = await SendAsync(client, method, Article, "gzip, br", br.Headers.ETag!.Tag);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
            Assert.Equal(br.Headers.ETag, notModified.Headers.ETag);
            Assert.Contains("Accept-Encoding", notModified.Headers.Vary);
            Assert.Equal(br.Headers.CacheControl, notModified.Headers.CacheControl);
        }

        // A weak comparison (RFC 9110 §13.1.2): W/ and a list; another coding's tag is another representation.
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, HttpMethod.Get, Article, "gzip", $"\"x\", W/{gzip.Headers.ETag!.Tag}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, HttpMethod.Get, Article, "gzip", br.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, HttpMethod.Get, Article, "gzip", "*")).StatusCode);
    }

    [Fact]
    public async Task Head_has_the_headers_of_get_and_no_body()
    {
        var client = site.CreateClient();
        var get = await SendAsync(client, HttpMethod.Get, "/hoa-an/", "br");
        var head = await SendAsync(client, HttpMethod.Head, "/hoa-an/", "br");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentEncoding, head.Content.Headers.ContentEncoding);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Equal(get.Headers.Vary, head.Headers.Vary);
    }

    [Fact]
    public async Task Public_pages_may_be_kept_by_shared_caches_for_the_configured_time()
    {
        var response = await SendAsync(site.CreateClient(), HttpMethod.Get, "/", "gzip");

        Assert.Equal("public, max-age=60, stale-while-revalidate=300", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_etag_changes_when_a_new_version_of_the_page_is_published()
    {
        var article = NewArticle("bai-etag-v1", "<p>Phiên bản thứ nhất của bài.</p>");
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(article, CancellationToken.None));
        var path = "/hoa-an/" + article.Part("AutoroutePart")!["Path"]!.GetValue<string>();
        var client = site.CreateClient();
        var first = await SendAsync(client, HttpMethod.Get, path, "br");
        Assert.Equal(first.Headers.ETag, (await SendAsync(client, HttpMethod.Get, path, "br")).Headers.ETag);

        var second = NewArticle("bai-etag-v2", "<p>Phiên bản thứ hai, đã sửa.</p>");
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<IContentManager>().ImportAsync(second, CancellationToken.None));
        var updated = await SendAsync(client, HttpMethod.Get, path, "br", first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(first.Headers.ETag, updated.Headers.ETag);
        Assert.Contains("Phiên bản thứ hai, đã sửa.", System.Text.Encoding.UTF8.GetString(Decode(await updated.Content.ReadAsByteArrayAsync(), "br")));
    }

    [Fact]
    public async Task Pages_for_a_signed_in_user_are_private_and_never_stored_nor_validated()
    {
        var admin = site.Client("/tra-linh");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);

        foreach (var path in new[] { "/tra-linh/", "/tra-linh/admin" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd("br");
            var response = await admin.Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { NoStore: true, Public: false }, $"{path}: {response.Headers.CacheControl}");
            Assert.Null(response.Headers.ETag);
            Assert.Empty(response.Content.Headers.ContentEncoding);
        }

        // Nor the sign-in page with its antiforgery form, for anyone.
        var login = await site.CreateClient().GetAsync("/tra-linh/login");
        Assert.True(login.Headers.CacheControl?.NoStore, login.Headers.CacheControl?.ToString());
        Assert.False(login.Headers.CacheControl?.Public);
    }

    private static ContentItem NewArticle(string versionId, string html) => new()
    {
        ContentItemId = "pagecacheetagarticle",
        ContentItemVersionId = "pagecache" + versionId,
        ContentType = "Article",
        DisplayText = "Bài thử ETag của bộ nhớ đệm trang",
        Published = true,
        Latest = true,
        PublishedUtc = new DateTime(2019, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = "Bài thử ETag của bộ nhớ đệm trang" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "tin-tuc/bai-thu-etag-bo-nho-dem" },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = html },
        },
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? acceptEncoding, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    private static byte[] Decode(byte[] body, string? coding)
    {
        using Stream decoder = coding switch
        {
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => new MemoryStream(body),
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
