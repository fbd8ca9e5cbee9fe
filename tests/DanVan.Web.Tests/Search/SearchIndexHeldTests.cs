using System.Net;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;

namespace DanVan.Web.Tests.Search;

/// <summary>While another process (the CLI's rebuild) holds a district's index: a friendly 503 page, and the index is never deleted under it.</summary>
public sealed class SearchIndexHeldTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task The_district_search_answers_503_with_Retry_After_and_a_Vietnamese_message_then_searches_again()
    {
        // The worker has indexed the sample articles (the index can open before it has caught up with them).
        var client = site.CreateClient();
        var before = await Eventually.ReturnsAsync(() => client.GetStringAsync("/hoa-an/tim-kiem?q=dan+van"), h => SearchTestSupport.Count(h) > 0, TimeSpan.FromSeconds(60));
        Assert.True(SearchTestSupport.Count(before) > 0);
        site.Get<TenantRegistry>().Release("HoaAn");
        await site.Get<SearchIndexes>().CloseAsync("HoaAn");

        using (TenantSearchIndex.AcquireProcessLock(Path.Combine(site.AppData, "Sites", "HoaAn", "search")))
        {
            var response = await site.CreateClient().GetAsync("/hoa-an/tim-kiem?q=dan+van");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("đang được xây lại", html);
        }

        Assert.True(SearchTestSupport.Count(await site.CreateClient().GetStringAsync("/hoa-an/tim-kiem?q=dan+van")) > 0);
    }

    [Fact]
    public async Task Deleting_an_index_another_process_holds_deletes_nothing_and_leaves_its_lock_file()
    {
        var indexes = site.Get<SearchIndexes>();
        var path = indexes.PathOf("KhongXoaDuoc");
        Directory.CreateDirectory(path);
        await File.WriteAllTextAsync(Path.Combine(path, "segments_1"), "x");
        var lockFile = TenantSearchIndex.ProcessLockPath(path);

        using (TenantSearchIndex.AcquireProcessLock(path))
        {
            await Assert.ThrowsAsync<SearchIndexHeldException>(() => indexes.DeleteAsync("KhongXoaDuoc"));
            Assert.True(File.Exists(lockFile));
            Assert.True(Directory.Exists(path));
        }

        await indexes.DeleteAsync("KhongXoaDuoc");
        Assert.False(Directory.Exists(path));
        Assert.False(File.Exists(lockFile));
    }
}
