using DanVan.Search.Analysis;
using DanVan.Search.Data;
using DanVan.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// A node away longer than the task retention: the tasks it never applied were pruned by another node meanwhile. The
/// prune leaves a mark in place of the highest task it deleted; a node whose checkpoint is below it rebuilds its index.
/// Node B's index is a second index of the same tenant in a folder of its own, caught up through the same indexer.
/// </summary>
public sealed class SearchPrunedTasksRebuildTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task A_node_behind_pruned_tasks_rebuilds_and_finds_what_they_changed()
    {
        var nodeB = Path.Combine(site.Root, "node-b-search", "HoaAn");
        long awayAt = 0;
        await site.InTenantAsync("HoaAn", async services =>
        {
            using var index = TenantSearchIndex.Open("HoaAn", nodeB, out _);
            await services.GetRequiredService<SearchIndexer>().CatchUpAsync(index, CancellationToken.None);
            awayAt = index.Checkpoint;
        });

        // While B is away: an article is published, then another, and node A (a day later) prunes what it applied.
        var missed = await SaveAsync(site, "HoaAn", Article("Tin vangmatlau", "Tóm tắt.", "Nội dung."));
        var later = await SaveAsync(site, "HoaAn", Article("Tin saucung", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => ReadyPageAsync(site.CreateClient(), "/hoa-an/tim-kiem?q=saucung"), h => HitIds(h).Contains(later));
        await site.InTenantAsync("HoaAn", async services =>
        {
            var indexer = services.GetRequiredService<SearchIndexer>();
            var last = await indexer.LastTaskIdAsync(CancellationToken.None);
            Assert.True(await indexer.PruneAsync(last, DateTime.UtcNow.AddMinutes(1), CancellationToken.None) > 0);
            var kept = await services.GetRequiredService<SearchDbContext>().Tasks.Where(t => t.Id > awayAt).Select(t => t.ContentItemId).ToListAsync();
            Assert.DoesNotContain(missed, kept);
        });

        // B comes back: its checkpoint is below the mark, so it rebuilds rather than go on without the missed article.
        await site.InTenantAsync("HoaAn", async services =>
        {
            using var index = TenantSearchIndex.Open("HoaAn", nodeB, out _);
            Assert.Equal(awayAt, index.Checkpoint);
            await services.GetRequiredService<SearchIndexer>().CatchUpAsync(index, CancellationToken.None);
            Assert.Equal(1, CountById(index, missed));
            Assert.Equal(1, CountById(index, later));
        });
    }

    private static int CountById(TenantSearchIndex index, string contentItemId)
    {
        var searcher = index.TryAcquireSearcher() ?? throw new InvalidOperationException("The index was closed.");
        try
        {
            return searcher.Search(new TermQuery(new Term(SearchFields.Id, contentItemId)), 1).TotalHits;
        }
        finally
        {
            index.ReleaseSearcher(searcher);
        }
    }
}
