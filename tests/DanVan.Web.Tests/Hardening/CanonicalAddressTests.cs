using System.Net;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// A prefix or host in another case is sent to the canonical one before anything is served or cached, so a page
/// built under /HOA-AN (its links and PathBase in capitals) never lands in the cache entry of /hoa-an.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class CanonicalAddressTests(ProvisionedSiteFixture site)
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/HOA-AN/", "/hoa-an/")]
    [InlineData("/Hoa-An", "/hoa-an")]
    [InlineData("/HOA-AN/tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026?a=1&b=%C4%91", "/hoa-an/tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026?a=1&b=%C4%91")]
    [InlineData("/TRA-LINH/chuyen-muc/dan-van-kheo?trang=1", "/tra-linh/chuyen-muc/dan-van-kheo?trang=1")]
    public async Task A_prefix_in_another_case_is_moved_permanently(string path, string canonical)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, TenantClient.Location(response));
    }

    [Fact]
    public async Task The_cache_of_the_canonical_page_is_never_filled_by_a_case_variant()
    {
        var variant = await _client.GetAsync("/HOA-AN/chuyen-muc/dan-van-kheo");
        var canonical = await _client.GetStringAsync("/hoa-an/chuyen-muc/dan-van-kheo");

        Assert.Equal(HttpStatusCode.MovedPermanently, variant.StatusCode);
        Assert.DoesNotContain("/HOA-AN", canonical);
        Assert.Contains("href=\"/hoa-an/", canonical);
    }

    [Fact]
    public async Task A_host_in_capitals_is_moved_to_lower_case_and_a_form_post_keeps_its_method()
    {
        var page = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/hoa-an/bao-cao-hoi-nghi?nam=1") { Headers = { Host = "LocalHost" } });
        var post = await _client.PostAsync("/HOA-AN/login", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("http://localhost/hoa-an/bao-cao-hoi-nghi?nam=1", page.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.PermanentRedirect, post.StatusCode);
        Assert.Equal("/hoa-an/login", TenantClient.Location(post));
    }
}
