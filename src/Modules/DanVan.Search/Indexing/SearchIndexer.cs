using System.Diagnostics;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using DanVan.Search.Data;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Indexing;

/// <summary>
/// Brings the current tenant's index up to date: applies the index tasks after its checkpoint (each reads the item's
/// current published version: indexed, or deleted from the index), or rebuilds it from the database when it is new,
/// was found corrupt, or a rebuild was asked for.
/// </summary>
public sealed class SearchIndexer(
    SearchDbContext db,
    IContentManager content,
    SearchDocumentBuilder builder,
    SearchIndexes indexes,
    SearchTaskReader reader,
    TenantContext tenant,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexer> logger)
{
    private const int TaskBatch = 500;

    /// <summary>Rows deleted per statement when pruning, and statements per call: short transactions, never a long lock.</summary>
    private const int PruneBatch = 200;
    private const int PruneBatchesPerCall = 5;

    /// <summary>The current tenant's index, opened if needed and caught up with every task committed so far.</summary>
    public async Task<TenantSearchIndex> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var index = await indexes.GetAsync(tenant.Shell, cancellationToken);
        if (index.NeedsRebuild || await HasPendingAsync(index, cancellationToken))
        {
            await CatchUpAsync(index, cancellationToken);
        }

        return index;
    }

    public async Task<bool> HasPendingAsync(TenantSearchIndex index, CancellationToken cancellationToken) =>
        await db.Tasks.AnyAsync(t => t.Id > index.Checkpoint, cancellationToken);

    public Task<int> CountPendingAsync(long checkpoint, CancellationToken cancellationToken) =>
        db.Tasks.CountAsync(t => t.Id > checkpoint, cancellationToken);

    public async Task<long> LastTaskIdAsync(CancellationToken cancellationToken) =>
        await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;

    /// <summary>
    /// Deletes applied tasks (before <paramref name="settledThrough"/>) written before <paramref name="olderThanUtc"/>, a
    /// small batch at a time; returns how many. The highest id of each batch is not deleted but turned into a
    /// <see cref="SearchIndexTask.PrunedThrough"/> mark (the older mark goes): a node whose checkpoint is below it was
    /// away while tasks it never applied were deleted, reads the mark after its checkpoint, and rebuilds. The
    /// checkpoint's own row stays, so the last task id never goes back and the next task's id is above every checkpoint.
    /// </summary>
    public async Task<int> PruneAsync(long settledThrough, DateTime olderThanUtc, CancellationToken cancellationToken)
    {
        var pruned = 0;
        for (var i = 0; i < PruneBatchesPerCall; i++)
        {
            var ids = await db.Tasks.Where(t => t.Id < settledThrough && t.CreatedUtc < olderThanUtc && t.ContentItemId != SearchIndexTask.PrunedThrough)
                .OrderBy(t => t.Id).Select(t => t.Id).Take(PruneBatch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var mark = ids[^1];
            ids.RemoveAt(ids.Count - 1);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Tasks.Where(t => t.Id == mark).ExecuteUpdateAsync(s => s.SetProperty(t => t.ContentItemId, SearchIndexTask.PrunedThrough), cancellationToken);
            pruned += await db.Tasks.Where(t => ids.Contains(t.Id) || (t.ContentItemId == SearchIndexTask.PrunedThrough && t.Id < mark)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return pruned;
    }

    /// <summary>The index's status for the admin: from the open index, or read from disk without opening it (nor building it).</summary>
    public async Task<Admin.SearchIndexStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        if (indexes.Find(tenant.Settings.Name) is { IsDisposed: false } open)
        {
            return new(open.DocumentCount, await CountPendingAsync(open.Checkpoint, cancellationToken), open.LastUpdatedUtc, open.RebuildProgress, Open: true);
        }

        return TenantSearchIndex.ReadStatus(indexes.PathOf(tenant.Settings.Name)) is { } disk
            ? new(disk.Documents, await CountPendingAsync(disk.Checkpoint, cancellationToken), disk.UpdatedUtc, null, Open: false)
            : new(null, await CountPendingAsync(0, cancellationToken), null, null, Open: false);
    }

    /// <summary>Asks every node to rebuild this tenant's index (a task, so another node or the running site sees it too).</summary>
    public async Task RequestRebuildAsync(CancellationToken cancellationToken)
    {
        db.Tasks.Add(new SearchIndexTask { ContentItemId = SearchIndexTask.RebuildAll, CreatedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Applies what is pending; returns how many tasks were applied (a rebuild counts its documents).</summary>
    public async Task<int> CatchUpAsync(TenantSearchIndex index, CancellationToken cancellationToken)
    {
        await index.WriteLock.WaitAsync(cancellationToken);
        try
        {
            if (index.IsDisposed)
            {
                return 0;
            }

            var applied = 0;
            while (true)
            {
                if (index.NeedsRebuild)
                {
                    applied += await RebuildAsync(index, cancellationToken);
                    continue;
                }

                var checkpoint = index.Checkpoint;
                var batch = await reader.ReadAsync(index, TaskBatch, cancellationToken);
                var tasks = batch.Tasks;
                if (batch.Snapshot is { } snapshot)
                {
                    index.Unsettled.Settle(batch.Late.ConvertAll(t => t.Id), snapshot);
                    if (tasks.Count > 0)
                    {
                        index.Unsettled.AddMissing(checkpoint, tasks[^1].Id, tasks.Select(t => t.Id), snapshot);
                    }
                }

                if (tasks.Count == 0 && batch.Late.Count == 0)
                {
                    index.CatchingUp = false;
                    return applied;
                }

                var all = batch.Late.Count == 0 ? tasks : [.. batch.Late, .. tasks];
                if (all.Find(t => t.ContentItemId == SearchIndexTask.PrunedThrough) is { } pruned)
                {
                    SearchLog.BehindPrunedTasks(logger, tenant.Settings.Name, checkpoint, pruned.Id);
                    applied += await RebuildAsync(index, cancellationToken);
                    continue;
                }

                if (all.Exists(t => t.ContentItemId == SearchIndexTask.RebuildAll))
                {
                    applied += await RebuildAsync(index, cancellationToken);
                    continue;
                }

                applied += await ApplyAsync(index, all, tasks.Count > 0 ? tasks[^1].Id : checkpoint, cancellationToken);
            }
        }
        catch
        {
            // Whatever was written since the last commit (half a rebuild) must never be committed by a later batch:
            // the index is closed, which rolls it back; the next use opens it at its last commit and tries again.
            _ = indexes.Close(index.Tenant, index);
            throw;
        }
        finally
        {
            index.WriteLock.Release();
        }
    }

    private async Task<int> ApplyAsync(TenantSearchIndex index, List<SearchIndexTask> tasks, long checkpoint, CancellationToken cancellationToken)
    {
        var ids = tasks.Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var types = await builder.GetIndexedTypesAsync(cancellationToken);
        var published = (await content.GetPublishedAsync(ids, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var changes = new List<(string, Document?)>(ids.Count);
        foreach (var id in ids)
        {
            changes.Add(published.TryGetValue(id, out var item) && types.Contains(item.ContentType)
                ? (id, await BuildOrSkipAsync(item, types, cancellationToken))
                : (id, null));
        }

        index.Apply(changes, checkpoint);
        return tasks.Count;
    }

    /// <summary>The item's document; an item that cannot be indexed is left out (logged) rather than stopping every task after it.</summary>
    private async Task<Document?> BuildOrSkipAsync(DanVan.Orchard.Contents.ContentItem item, IndexedTypes types, CancellationToken cancellationToken)
    {
        try
        {
            return await builder.BuildAsync(item, types, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SearchLog.ItemFailed(logger, e, item.ContentItemId, tenant.Settings.Name);
            return null;
        }
    }

    private async Task<int> RebuildAsync(TenantSearchIndex index, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();

        // Tasks written while rebuilding are applied after it (applying a task twice does no harm), and so are those
        // still missing below the checkpoint while their writers ran (PostgreSQL).
        var (checkpoint, unsettled) = await reader.ReadRebuildStartAsync(cancellationToken);
        var types = await builder.GetIndexedTypesAsync(cancellationToken);
        var counts = await content.CountByTypeAsync(cancellationToken);
        var total = counts.Where(c => c.Key.Published && types.Contains(c.Key.ContentType)).Sum(c => c.Value);

        index.BeginRebuild();
        index.RebuildProgress = (0, total);
        var done = 0;
        long after = 0;
        while (true)
        {
            var (items, next) = await content.ListPublishedBatchAsync(types.Names, after, options.Value.RebuildBatchSize, cancellationToken);
            if (items.Count == 0)
            {
                break;
            }

            foreach (var item in items)
            {
                if (await BuildOrSkipAsync(item, types, cancellationToken) is { } document)
                {
                    index.AddForRebuild(document);
                }
            }

            done += items.Count;
            index.RebuildProgress = (done, Math.Max(done, total));
            after = next;
        }

        index.Unsettled.ReplaceWith(unsettled);
        index.FinishRebuild(checkpoint);
        SearchLog.Rebuilt(logger, tenant.Settings.Name, done, clock.ElapsedMilliseconds);
        return done;
    }
}
