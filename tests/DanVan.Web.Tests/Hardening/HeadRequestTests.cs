using System.Net;

namespace DanVan.Web.Tests.Hardening;

/// <summary>HEAD answers as GET does (status, content type), without a body, on every public address.</summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class HeadRequestTests(ProvisionedSiteFixture site)
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/hoa-an/")]
    [InlineData("/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath)]
    [InlineData("/hoa-an/" + ProvisionedSiteFixture.SampleMeetingPath)]
    [InlineData("/hoa-an/chuyen-muc/dan-van-kheo")]
    [InlineData("/hoa-an/tu-khoa/dan-van-kheo")]
    [InlineData("/hoa-an/bao-cao-hoi-nghi")]
    [InlineData("/hoa-an/rss.xml")]
    [InlineData("/hoa-an/chuyen-muc/dan-van-kheo/rss.xml")]
    [InlineData("/hoa-an/sitemap.xml")]
    [InlineData("/hoa-an/robots.txt")]
    [InlineData("/hoa-an/login")]
    [InlineData("/login")]
    [InlineData("/hoa-an/media/tai-lieu/bao-cao-quy-iii-2026.pdf")]
    public async Task Head_is_get_without_a_body(string path)
    {
        // HEAD first, so a HEAD that fills the output cache is checked to store the full page for the GET after it.
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        var headBody = await head.Content.ReadAsByteArrayAsync();
        var get = await _client.GetAsync(path);
        var getBody = await get.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Empty(headBody);
        Assert.NotEmpty(getBody);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Head_of_a_missing_page_is_404()
    {
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/hoa-an/trang-khong-ton-tai"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
