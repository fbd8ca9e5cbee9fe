using System.Net;
using System.Net.Http.Headers;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// <c>DanVan:OutputCache:Enabled=false</c> (bench/render.sh measures the render path with it): every public page is
/// rendered afresh, nothing is stored or sent from the cache, and no cache validators are sent.
/// </summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class PageCacheSwitchTests(ProvisionedSiteFixture site)
{
    private const string Article = "/hoa-an/" + ProvisionedSiteFixture.SampleArticlePath;

    [Fact]
    public async Task With_the_page_cache_off_public_pages_are_rendered_every_time_and_sent_without_cache_headers()
    {
        // The default: the page cache answers, with its strong ETag and stored brotli copy.
        var cached = await GetAsync(site.CreateClient(), Article);
        Assert.NotNull(cached.Headers.ETag);
        Assert.Equal(["br"], cached.Content.Headers.ContentEncoding);

        using var off = site.WithWebHostBuilder(b => b.UseSetting("DanVan:OutputCache:Enabled", "false"));
        var client = off.CreateClient();
        var statistics = off.Services.GetRequiredService<IPageCacheStatistics>();
        var hitsBefore = statistics.Hits;
        for (var i = 0; i < 3; i++)
        {
            var response = await GetAsync(client, Article);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.ETag);
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.False(response.Headers.CacheControl?.Public ?? false, $"Cache-Control: {response.Headers.CacheControl}");
            Assert.Contains("Sơ kết công tác dân vận", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(hitsBefore, statistics.Hits);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        return await client.SendAsync(request);
    }
}
