using System.Net;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// The output cache varies only by the query keys a page reads (?trang= for listings): random keys share the page's
/// entry instead of each making a new one and evicting real pages.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class OutputCacheQueryTests(ProvisionedSiteFixture site)
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Fact]
    public async Task Unknown_query_keys_share_the_pages_cache_entry()
    {
        var first = await _client.GetAsync($"/hoa-an/?x={Guid.NewGuid():N}");
        var second = await _client.GetAsync($"/hoa-an/?y={Guid.NewGuid():N}&x={Guid.NewGuid():N}");
        var article = await _client.GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}?utm_source={Guid.NewGuid():N}");
        var articleAgain = await _client.GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}?fbclid={Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(FromCache(second), "a second request with other random query keys must be served from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(FromCache(articleAgain));
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    [Fact]
    public async Task The_page_number_still_makes_its_own_entry()
    {
        await site.InTenantAsync("TraLinh", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            for (var i = 1; i <= 12; i++)
            {
                await contents.ImportAsync(TestContent.PublishedArticle($"Tin bộ nhớ đệm số {i}", "Bộ nhớ đệm", DateTime.UtcNow.AddDays(-i)), CancellationToken.None);
            }
        });

        var one = await _client.GetAsync("/tra-linh/chuyen-muc/bo-nho-dem?trang=1");
        var two = await _client.GetAsync($"/tra-linh/chuyen-muc/bo-nho-dem?trang=2&x={Guid.NewGuid():N}");
        var twoAgain = await _client.GetAsync($"/tra-linh/chuyen-muc/bo-nho-dem?x={Guid.NewGuid():N}&trang=2");

        Assert.False(FromCache(two), "?trang=2 must not be served from the entry of ?trang=1");
        Assert.True(FromCache(twoAgain));
        var first = await one.Content.ReadAsStringAsync();
        var second = await twoAgain.Content.ReadAsStringAsync();
        Assert.Contains("Tin bộ nhớ đệm số 1<", first);
        Assert.Contains("Tin bộ nhớ đệm số 12<", second);
        Assert.DoesNotContain("Tin bộ nhớ đệm số 1<", second);
    }
}
