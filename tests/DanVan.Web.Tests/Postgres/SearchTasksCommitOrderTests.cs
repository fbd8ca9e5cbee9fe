using DanVan.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static DanVan.Web.Tests.Search.SearchTestSupport;

namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// Index tasks on PostgreSQL take their id at insert and show at commit: a slow transaction can commit a lower id after
/// the index went past it. The reader looks at such gaps again until every writer that could fill them has ended.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SearchTasksCommitOrderTests(PostgresSiteFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private PostgresSite Site => fixture.Site;

    [Fact]
    public async Task A_task_committed_after_a_later_one_was_applied_is_still_applied()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string before = "pgtruoc" + suffix, after = "pgsau" + suffix, later = "pgkhac" + suffix;
        var client = Site.CreateClient();
        var id = await SaveAsync(Site, "HoaAn", Article($"Tin {before}", "Tóm tắt.", $"Nội dung {before}."));
        await Eventually.ReturnsAsync(() => ReadyPageAsync(client, $"/hoa-an/tim-kiem?q={before}"), h => HitIds(h).Contains(id), Wait);

        // A slow editor's transaction, of the recorder's shape: the item changed, then its task (its id drawn now), not committed.
        await using var slow = new NpgsqlConnection(Site.ConnectionString + ";Pooling=false");
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var change = new NpgsqlCommand(
            "UPDATE t_hoaan.\"ContentItems\" SET \"Data\" = replace(\"Data\", @before, @after), \"DisplayText\" = replace(\"DisplayText\", @before, @after) " +
            "WHERE \"ContentItemId\" = @id AND \"Published\"", slow, transaction))
        {
            change.Parameters.AddWithValue("before", before);
            change.Parameters.AddWithValue("after", after);
            change.Parameters.AddWithValue("id", id);
            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }

        long slowTask;
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO t_hoaan.\"SearchIndexTasks\" (\"ContentItemId\", \"CreatedUtc\") VALUES (@id, @created) RETURNING \"Id\"", slow, transaction))
        {
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("created", DateTime.UtcNow);
            slowTask = (long)(await insert.ExecuteScalarAsync())!;
        }

        // A later change commits and is applied: the index's checkpoint goes past the slow transaction's id.
        var other = await SaveAsync(Site, "HoaAn", Article($"Tin {later}", "Tóm tắt.", $"Nội dung {later}."));
        await Eventually.ReturnsAsync(() => ReadyPageAsync(client, $"/hoa-an/tim-kiem?q={later}"), h => HitIds(h).Contains(other), Wait);
        var index = Site.Services.GetRequiredService<SearchIndexes>().Find("HoaAn");
        Assert.NotNull(index);
        Assert.True(index.Checkpoint > slowTask, $"checkpoint {index.Checkpoint} should be past the uncommitted task {slowTask}");
        Assert.Empty(HitIds(await client.GetStringAsync($"/hoa-an/tim-kiem?q={after}")));

        await transaction.CommitAsync();
        await Eventually.ReturnsAsync(() => ReadyPageAsync(client, $"/hoa-an/tim-kiem?q={after}"), h => HitIds(h).Contains(id), Wait);
    }

    [Fact]
    public async Task A_gap_left_by_a_rolled_back_transaction_is_settled_once_it_ended()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var client = Site.CreateClient();
        await using var slow = new NpgsqlConnection(Site.ConnectionString + ";Pooling=false");
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO t_tralinh.\"SearchIndexTasks\" (\"ContentItemId\", \"CreatedUtc\") VALUES ('khongco', @created)", slow, transaction))
        {
            insert.Parameters.AddWithValue("created", DateTime.UtcNow);
            await insert.ExecuteNonQueryAsync();
        }

        var other = await SaveAsync(Site, "TraLinh", Article($"Tin pgsaukhi{suffix}", "Tóm tắt.", "Nội dung."));
        await Eventually.ReturnsAsync(() => ReadyPageAsync(client, $"/tra-linh/tim-kiem?q=pgsaukhi{suffix}"), h => HitIds(h).Contains(other), Wait);
        var index = Site.Services.GetRequiredService<SearchIndexes>().Find("TraLinh");
        Assert.NotNull(index);
        Assert.False(index.Unsettled.IsEmpty, "the uncommitted task's id is a gap while its writer runs");

        // Rolled back: the id never comes, and the gap goes once the writer has ended (nothing to prune around forever).
        await transaction.RollbackAsync();
        await Eventually.ReturnsAsync(() => Task.FromResult(index.Unsettled.IsEmpty), empty => empty, Wait);
    }
}
