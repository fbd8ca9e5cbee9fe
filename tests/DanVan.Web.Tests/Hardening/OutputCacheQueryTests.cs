using System.Net;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// The output cache varies only by the query values a page reads (?trang= for listings), read as the page reads them
/// (?trang=01 is page 1). Campaign tags (utm_*, fbclid) share the page's entry; any other key makes the request
/// bypass the cache: random keys neither fill the cache nor evict real pages, and what a key makes a page say (the
/// search box echoes ?q=) is never sent to anyone else.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class OutputCacheQueryTests(ProvisionedSiteFixture site)
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private IPageCacheStatistics Statistics => site.Services.GetRequiredService<IPageCacheStatistics>();

    /// <summary>Whether the page cache answered the request from a stored page.</summary>
    private async Task<(HttpResponseMessage Response, bool FromCache)> GetAsync(string url)
    {
        var before = Statistics.Hits;
        var response = await _client.GetAsync(url);
        return (response, Statistics.Hits > before);
    }

    [Fact]
    public async Task Campaign_tags_share_the_pages_cache_entry()
    {
        var (first, _) = await GetAsync($"/hoa-an/?utm_source={Guid.NewGuid():N}");
        var (second, secondCached) = await GetAsync($"/hoa-an/?utm_campaign={Guid.NewGuid():N}&fbclid={Guid.NewGuid():N}");
        var (article, _) = await GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}?utm_source={Guid.NewGuid():N}");
        var (_, articleAgainCached) = await GetAsync($"/hoa-an/{ProvisionedSiteFixture.SampleArticlePath}?fbclid={Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(secondCached, "a second request with other campaign tags must be served from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(articleAgainCached);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    [Fact]
    public async Task Unknown_query_keys_bypass_the_cache_and_do_not_grow_it()
    {
        await GetAsync("/hoa-an/");
        var (_, plainCached) = await GetAsync("/hoa-an/");
        var stores = Statistics.Stores;
        var bypasses = Statistics.Bypasses;

        var junk = new List<(HttpResponseMessage Response, bool FromCache)>();
        foreach (var query in new[] { $"?x={Guid.NewGuid():N}", $"?y={Guid.NewGuid():N}&x=1", $"?trang={Guid.NewGuid():N}" })
        {
            junk.Add(await GetAsync("/hoa-an/" + query));
        }

        Assert.True(plainCached, "the page without a query is cached");
        Assert.All(junk, j => Assert.Equal(HttpStatusCode.OK, j.Response.StatusCode));
        Assert.All(junk, j => Assert.False(j.FromCache, "a request with a key the page does not read is not served from the cache"));
        Assert.All(junk, j => Assert.True(j.Response.Headers.CacheControl is { Private: true, NoStore: true }, "a bypassed page is not for shared caches"));
        Assert.Equal(stores, Statistics.Stores);
        Assert.Equal(bypasses + 3, Statistics.Bypasses);
    }

    [Fact]
    public async Task What_an_unread_key_makes_a_page_say_is_not_sent_to_the_next_reader()
    {
        await ImportArticlesAsync("Tìm kiếm đệm", 1);
        const string Marker = "trang-nay-da-bi-chiem";

        var echoed = await _client.GetStringAsync($"/tra-linh/chuyen-muc/tim-kiem-dem?q={Marker}");
        var plain = await _client.GetStringAsync("/tra-linh/chuyen-muc/tim-kiem-dem");

        Assert.Contains($"value=\"{Marker}\"", echoed);
        Assert.DoesNotContain(Marker, plain);
    }

    [Fact]
    public async Task Spellings_of_one_page_number_share_one_entry()
    {
        await ImportArticlesAsync("Trang đệm", 12);

        var (one, _) = await GetAsync("/tra-linh/chuyen-muc/trang-dem?trang=1");
        var stores = Statistics.Stores;
        var (_, zeroOneCached) = await GetAsync("/tra-linh/chuyen-muc/trang-dem?trang=01");
        var (upper, upperCached) = await GetAsync("/tra-linh/chuyen-muc/trang-dem?TRANG=1&utm_source=zalo");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.True(zeroOneCached, "?trang=01 is page 1: it must be served from the entry of ?trang=1");
        Assert.True(upperCached, "?TRANG=1 is page 1 too");
        Assert.Equal(stores, Statistics.Stores);
        Assert.Equal(await one.Content.ReadAsStringAsync(), await upper.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_number_still_makes_its_own_entry()
    {
        await ImportArticlesAsync("Bộ nhớ đệm", 12);

        var (one, _) = await GetAsync("/tra-linh/chuyen-muc/bo-nho-dem?trang=1");
        var (_, twoCached) = await GetAsync($"/tra-linh/chuyen-muc/bo-nho-dem?trang=2&utm_source={Guid.NewGuid():N}");
        var (twoAgain, twoAgainCached) = await GetAsync($"/tra-linh/chuyen-muc/bo-nho-dem?utm_medium={Guid.NewGuid():N}&trang=2");

        Assert.False(twoCached, "?trang=2 must not be served from the entry of ?trang=1");
        Assert.True(twoAgainCached);
        var first = await one.Content.ReadAsStringAsync();
        var second = await twoAgain.Content.ReadAsStringAsync();
        Assert.Contains("Tin bộ nhớ đệm số 1<", first);
        Assert.Contains("Tin bộ nhớ đệm số 12<", second);
        Assert.DoesNotContain("Tin bộ nhớ đệm số 1<", second);
    }

    private Task ImportArticlesAsync(string category, int count) => site.InTenantAsync("TraLinh", async services =>
    {
        var contents = services.GetRequiredService<IContentManager>();
        for (var i = 1; i <= count; i++)
        {
            await contents.ImportAsync(TestContent.PublishedArticle($"Tin {category.ToLowerInvariant()} số {i}", category, DateTime.UtcNow.AddDays(-i)), CancellationToken.None);
        }
    });
}
