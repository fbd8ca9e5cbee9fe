using DanVan.Orchard.Tenancy;
using DanVan.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>An index is opened on use, closed with its tenant's shell, rebuilt by itself when missing or corrupt, and deleted with its tenant.</summary>
public sealed class SearchIndexLifecycleTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    // Whenever the index is missing or closed, the worker builds or the request reopens it: the page once it is ready.
    private Task<string> GetAsync(string url) => ReadyPageAsync(site.CreateClient(), url);

    private string IndexFolder(string tenant) => Path.Combine(site.AppData, "Sites", tenant, "search");

    private async Task ReleaseAsync(string tenant)
    {
        site.Get<TenantRegistry>().Release(tenant);
        await site.Get<SearchIndexes>().CloseAsync(tenant);
        Assert.Null(site.Get<SearchIndexes>().Find(tenant));
    }

    [Fact]
    public async Task The_index_lives_in_the_tenant_folder_and_is_closed_when_the_shell_is_released()
    {
        Assert.True(Count(await GetAsync("/tra-linh/tim-kiem?q=dan+van")) > 0);
        Assert.True(File.Exists(Path.Combine(IndexFolder("TraLinh"), "write.lock")) || Directory.EnumerateFiles(IndexFolder("TraLinh"), "segments_*").Any());
        Assert.NotNull(site.Get<SearchIndexes>().Find("TraLinh"));

        await ReleaseAsync("TraLinh");

        // Closed means the writer's lock is free: another writer can open the folder.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(IndexFolder("TraLinh")))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(DanVan.Search.Analysis.VietnameseAnalyzer.Version, DanVan.Search.Analysis.VietnameseAnalyzer.Instance)))
        {
            writer.Rollback();
        }

        Assert.True(Count(await GetAsync("/tra-linh/tim-kiem?q=dan+van")) > 0);
    }

    [Fact]
    public async Task A_missing_or_corrupt_index_is_rebuilt_from_the_database_by_itself()
    {
        var before = Count(await GetAsync("/hoa-an/tim-kiem?q=dan+van"));
        Assert.True(before > 0);

        await ReleaseAsync("HoaAn");
        Directory.Delete(IndexFolder("HoaAn"), recursive: true);
        Assert.Equal(before, Count(await GetAsync("/hoa-an/tim-kiem?q=dan+van")));

        await ReleaseAsync("HoaAn");
        foreach (var file in Directory.EnumerateFiles(IndexFolder("HoaAn")).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            await File.WriteAllTextAsync(file, "hỏng");
        }

        Assert.Equal(before, Count(await GetAsync("/hoa-an/tim-kiem?q=dan+van")));
    }

    [Fact]
    public async Task A_rebuild_asked_through_the_database_is_applied_by_the_running_site()
    {
        var index = await GetIndexAsync("HoaAn");
        var checkpoint = index.Checkpoint;
        await site.InTenantAsync("HoaAn", services => services.GetRequiredService<SearchIndexer>().RequestRebuildAsync(CancellationToken.None));
        await Eventually.ReturnsAsync(() => Task.FromResult(site.Get<SearchIndexes>().Find("HoaAn")?.Checkpoint ?? 0), c => c > checkpoint);
        Assert.True(site.Get<SearchIndexes>().Find("HoaAn")!.Checkpoint > checkpoint);
        Assert.True(Count(await GetAsync("/hoa-an/tim-kiem?q=dan+van")) > 0);
    }

    [Fact]
    public async Task A_removed_tenant_takes_its_index_with_it()
    {
        await site.CreateAndSetupAsync("BaoLac", "bao-lac", "Ban Dân vận Huyện ủy Bảo Lạc", "district-board", "sample-content");
        Assert.True(Count(await GetAsync("/bao-lac/tim-kiem?q=dan+van")) > 0);
        Assert.True(Directory.Exists(IndexFolder("BaoLac")));

        await site.Get<TenantManager>().DisableAsync("BaoLac", CancellationToken.None);
        await site.Get<TenantManager>().RemoveAsync("BaoLac", CancellationToken.None);
        Assert.False(Directory.Exists(IndexFolder("BaoLac")));
        Assert.Null(site.Get<SearchIndexes>().Find("BaoLac"));
    }

    private async Task<TenantSearchIndex> GetIndexAsync(string tenant)
    {
        TenantSearchIndex index = null!;
        await site.InTenantAsync(tenant, async services => index = await services.GetRequiredService<SearchIndexer>().GetCurrentAsync(CancellationToken.None));
        return index;
    }
}
