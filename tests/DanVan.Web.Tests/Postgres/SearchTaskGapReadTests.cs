using System.Collections.Concurrent;
using System.Diagnostics;
using DanVan.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DanVan.Web.Tests.Postgres;

/// <summary>
/// The search reader looks again at every gap an index went past, each turn: all the gaps in one query, not one query a
/// gap (a busy district on PostgreSQL has several at once). What appeared in them is read, in id order.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SearchTaskGapReadTests(PostgresSiteFixture fixture)
{
    [Fact]
    public async Task Three_gaps_are_read_in_one_query_with_the_tasks_after_the_checkpoint_in_another()
    {
        var site = fixture.Site;
        var ids = new List<long>();
        await using (var connection = new NpgsqlConnection(site.ConnectionString))
        {
            await connection.OpenAsync();
            for (var i = 0; i < 6; i++)
            {
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO t_tralinh.\"SearchIndexTasks\" (\"ContentItemId\", \"CreatedUtc\") VALUES ('khongco', @created) RETURNING \"Id\"", connection);
                insert.Parameters.AddWithValue("created", DateTime.UtcNow);
                ids.Add((long)(await insert.ExecuteScalarAsync())!);
            }
        }

        UnsettledTaskIds.Gap[] gaps = [new(ids[0], ids[0], null), new(ids[2], ids[2], null), new(ids[4], ids[4], null)];
        var statements = new ConcurrentBag<string>();
        using var root = new Activity("search-gap-read").Start();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == root.TraceId)
                {
                    statements.Add((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement"))?.ToString() ?? activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        SearchTaskReader.Batch? batch = null;
        await site.InTenantAsync("TraLinh", async services =>
            batch = await services.GetRequiredService<SearchTaskReader>().ReadAsync(ids[^1], gaps, 100, CancellationToken.None));

        Assert.Equal([ids[0], ids[2], ids[4]], batch!.Late.Select(t => t.Id));
        var taskReads = statements.Where(s => s.Contains("SearchIndexTasks", StringComparison.Ordinal)).ToList();
        Assert.True(taskReads.Count == 2, string.Join(Environment.NewLine, statements));
    }
}
