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

    private long Hits => site.Services.GetRequiredService<DanVan.Orchard.Display.IPageCacheStatistics>().Hits;

    /// <summary>Whether the page cache answered the request from a stored page.</summary>
    private async Task<(HttpResponseMessage Response, bool FromCache)> GetAsync(string url)
    {
        var before = Hits;
        var response = await _client.GetAsync(url);
        return (response, Hits > before);
    }

    [Fact]
    public async Task Unknown_query_keys_share_the_pages_cache_entry()
    {
        var (first, _) = await GetAsync($"/hoa-an/?x={Guid.NewGuid():N}");
        var (second, secondCached) = await GetAsync($"/hoa-an/?y={Guid.NewGuid():N}&x={Guid.NewGuid():N}");
        var (article, _) = await GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}?utm_source={Guid.NewGuid():N}");
        var (_, articleAgainCached) = await GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}?fbclid={Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(secondCached, "a second request with other random query keys must be served from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(articleAgainCached);
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

        var (one, _) = await GetAsync("/tra-linh/chuyen-muc/bo-nho-dem?trang=1");
        var (_, twoCached) = await GetAsync($"/tra-linh/chuyen-muc/bo-nho-dem?trang=2&x={Guid.NewGuid():N}");
        var (twoAgain, twoAgainCached) = await GetAsync($"/tra-linh/chuyen-muc/bo-nho-dem?x={Guid.NewGuid():N}&trang=2");

        Assert.False(twoCached, "?trang=2 must not be served from the entry of ?trang=1");
        Assert.True(twoAgainCached);
        var first = await one.Content.ReadAsStringAsync();
        var second = await twoAgain.Content.ReadAsStringAsync();
        Assert.Contains("Tin bộ nhớ đệm số 1<", first);
        Assert.Contains("Tin bộ nhớ đệm số 12<", second);
        Assert.DoesNotContain("Tin bộ nhớ đệm số 1<", second);
    }
}
