using DanVan.Search;
using DanVan.Search.Data;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Search;

/// <summary>What a reader types costs a bounded query; the calendar's ends are dates like any other; applied tasks are pruned.</summary>
public sealed class SearchQueryLimitsTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public void Quoted_phrases_and_their_words_are_capped()
    {
        var many = string.Concat(Enumerable.Range(0, 60).Select(i => $"\"từ{i} khác{i}\" "));
        var query = ReaderQuery.Parse(many);
        Assert.Equal(ReaderQuery.MaxPhrases, query.Phrases.Count);

        var words = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"chu{i}"));
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(words + " \"" + words + "\""), new SearchSettings())!;
        Assert.True(built.WordCount <= SearchQueryBuilder.MaxWords, $"{built.WordCount} groups");
        Assert.True(((Lucene.Net.Search.BooleanQuery)built.Highlight).Clauses.Count <= SearchQueryBuilder.MaxWords);
    }

    [Theory]
    [InlineData("den=31%2F12%2F9999")]
    [InlineData("tu=01%2F01%2F0001")]
    [InlineData("tu=01%2F01%2F0001&den=31%2F12%2F9999")]
    public async Task The_first_and_last_days_of_the_calendar_are_accepted(string dates)
    {
        // 200 (else it throws), once the district's index is ready.
        var html = await ReadyPageAsync(site.CreateClient(), $"/hoa-an/tim-kiem?q=dan+van&{dates}");
        Assert.True(Count(html) > 0, html);
    }

    [Fact]
    public async Task Applied_tasks_are_pruned_but_the_checkpoint_row_and_later_ones_stay()
    {
        var first = await SaveAsync(site, "TraLinh", Article("Tin thunhatxoa", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => site.CreateClient().GetStringAsync("/tra-linh/tim-kiem?q=thunhatxoa"), h => HitIds(h).Contains(first));

        await site.InTenantAsync("TraLinh", async services =>
        {
            var db = services.GetRequiredService<SearchDbContext>();
            var indexer = services.GetRequiredService<SearchIndexer>();
            var index = await indexer.GetCurrentAsync(CancellationToken.None);
            var checkpoint = index.Checkpoint;
            Assert.True(await db.Tasks.CountAsync(t => t.Id < checkpoint) > 0);

            var pruned = await indexer.PruneAsync(checkpoint, DateTime.UtcNow.AddMinutes(1), CancellationToken.None);
            Assert.True(pruned > 0);
            // Only the mark of what was pruned stays below the checkpoint (a node behind it rebuilds).
            Assert.Equal([SearchIndexTask.PrunedThrough], await db.Tasks.Where(t => t.Id < checkpoint).Select(t => t.ContentItemId).ToListAsync());
            Assert.Equal(checkpoint, await indexer.LastTaskIdAsync(CancellationToken.None));
        });

        // Indexing goes on after the pruning, from the kept checkpoint.
        var second = await SaveAsync(site, "TraLinh", Article("Tin thuhaisaukhixoa", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => site.CreateClient().GetStringAsync("/tra-linh/tim-kiem?q=thuhaisaukhixoa"), h => HitIds(h).Contains(second));
        Assert.Equal([first], HitIds(await site.CreateClient().GetStringAsync("/tra-linh/tim-kiem?q=thunhatxoa")));
    }
}
