using DanVan.Search.Indexing;

namespace DanVan.Web.Tests.Search;

/// <summary><c>tenants search-rebuild</c> as a separate process, next to the running site that holds the indexes it has open.</summary>
public sealed class SearchRebuildCliTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Rebuilds_an_index_no_site_holds_and_has_the_running_site_rebuild_the_one_it_holds()
    {
        // HoaAn's index is open in the site; TraLinh's is not (never searched here).
        Assert.True(SearchTestSupport.Count(await SearchTestSupport.ReadyPageAsync(site.CreateClient(), "/hoa-an/tim-kiem?q=dan+van")) > 0);
        var held = site.Get<SearchIndexes>().Find("HoaAn")!;
        var checkpoint = held.Checkpoint;

        var result = await HostCli.RunAsync(site, "tenants", "search-rebuild", "--all");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.True(result.Output.Contains("HoaAn: the running site holds the index", StringComparison.Ordinal), result.Output + "\n" + result.Error);
        Assert.Matches(@"TraLinh: rebuilt: \d+ document\(s\)", result.Output);
        Assert.Contains("HoaAn: the running site holds the index", result.Output);

        var after = await Eventually.ReturnsAsync(() => Task.FromResult(site.Get<SearchIndexes>().Find("HoaAn")?.Checkpoint ?? 0), c => c > checkpoint);
        Assert.True(after > checkpoint);
        Assert.True(SearchTestSupport.Count(await SearchTestSupport.ReadyPageAsync(site.CreateClient(), "/tra-linh/tim-kiem?q=dan+van")) > 0);
    }

    [Fact]
    public async Task Needs_a_name_or_all_and_a_known_tenant()
    {
        Assert.Equal(2, (await HostCli.RunAsync(site, "tenants", "search-rebuild")).ExitCode);
        var unknown = await HostCli.RunAsync(site, "tenants", "search-rebuild", "--name", "KhongCo");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("KhongCo", unknown.Error);
    }
}
