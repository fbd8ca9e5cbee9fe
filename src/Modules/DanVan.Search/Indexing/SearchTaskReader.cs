using System.Data;
using DanVan.Orchard.Data;
using DanVan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Search.Indexing;

/// <summary>
/// Reads the next index tasks of the current tenant after an index's checkpoint. Where rows can commit out of id order
/// (PostgreSQL) the read runs on one snapshot that also tells which writers were running, and looks again at the ids
/// the index went past while they were missing (<see cref="UnsettledTaskIds"/>); SQLite keeps the plain read.
/// </summary>
public sealed class SearchTaskReader(SearchDbContext db, ICommitOrder commitOrder)
{
    /// <summary>The ids a rebuild looks at below the last task for writers still running: a transaction holds its id for moments, not thousands of tasks.</summary>
    private const int RebuildLookBack = 1000;

    /// <summary>The most gap ids one read lists as a parameter; wider gaps are read by range.</summary>
    private const int MaxListedGapIds = 4096;

    /// <summary>Tasks after <paramref name="checkpoint"/> in id order; late ones that appeared in the index's gaps; the snapshot, if any.</summary>
    public sealed record Batch(List<SearchIndexTask> Tasks, List<SearchIndexTask> Late, WriterSnapshot? Snapshot);

    public Task<Batch> ReadAsync(TenantSearchIndex index, int take, CancellationToken cancellationToken) =>
        ReadAsync(index.Checkpoint, index.Unsettled.Gaps, take, cancellationToken);

    /// <summary>Tasks after <paramref name="checkpoint"/>, and those that appeared in <paramref name="gaps"/>.</summary>
    public async Task<Batch> ReadAsync(long checkpoint, IReadOnlyList<UnsettledTaskIds.Gap> gaps, int take, CancellationToken cancellationToken)
    {
        if (!commitOrder.OutOfOrder)
        {
            return new(await AfterAsync(checkpoint, take, cancellationToken), [], null);
        }

        if (!SnapshotReads)
        {
            // Inside a caller's transaction (a recipe's unit) no snapshot of its own: nothing is read, the worker reads it after.
            return new([], [], null);
        }

        await using var read = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var snapshot = await commitOrder.ReadSnapshotAsync(read.GetDbTransaction(), cancellationToken);
        var late = gaps.Count == 0 ? [] : await InGapsAsync(gaps, cancellationToken);
        var tasks = await AfterAsync(checkpoint, take, cancellationToken);
        await read.CommitAsync(cancellationToken);
        return new(tasks, late, snapshot);
    }

    /// <summary>
    /// The last task id a rebuild starts from, and (where rows commit out of order) the ids below it still missing
    /// while writers were running: the rebuild's reads may not see their content, so they are applied after it.
    /// </summary>
    public async Task<(long LastId, UnsettledTaskIds Unsettled)> ReadRebuildStartAsync(CancellationToken cancellationToken)
    {
        var unsettled = new UnsettledTaskIds();
        if (!SnapshotReads)
        {
            return (await LastIdAsync(cancellationToken), unsettled);
        }

        await using var read = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var snapshot = await commitOrder.ReadSnapshotAsync(read.GetDbTransaction(), cancellationToken);
        var last = await LastIdAsync(cancellationToken);
        var from = Math.Max(0, last - RebuildLookBack);
        var seen = await db.Tasks.Where(t => t.Id > from && t.Id <= last).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        await read.CommitAsync(cancellationToken);
        if (snapshot is { } running)
        {
            unsettled.AddMissing(from, last, seen, running);
        }

        return (last, unsettled);
    }

    /// <summary>
    /// The tasks that appeared in the gaps, in id order: the gaps' ids in one query (<c>= ANY(@ids)</c>) however many
    /// gaps there are (each a few ids a writer held), a gap too wide to list (after a restart: everything past what was
    /// settled) by its range.
    /// </summary>
    private async Task<List<SearchIndexTask>> InGapsAsync(IReadOnlyList<UnsettledTaskIds.Gap> gaps, CancellationToken cancellationToken)
    {
        var (ids, wide) = GapReads.Split(gaps, MaxListedGapIds);
        var late = ids.Length == 0
            ? []
            : await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        foreach (var gap in wide)
        {
            late.AddRange(await db.Tasks.AsNoTracking().Where(t => t.Id >= gap.From && t.Id <= gap.To).ToListAsync(cancellationToken));
        }

        late.Sort((a, b) => a.Id.CompareTo(b.Id));
        return late;
    }

    /// <summary>
    /// Rows can commit out of order and the read can have a snapshot of its own (not inside a caller's transaction, where
    /// a rebuild starts from the last id seen without looking for gaps below it).
    /// </summary>
    private bool SnapshotReads => commitOrder.OutOfOrder && db.Database.CurrentTransaction is null;

    private Task<List<SearchIndexTask>> AfterAsync(long checkpoint, int take, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking().Where(t => t.Id > checkpoint).OrderBy(t => t.Id).Take(take).ToListAsync(cancellationToken);

    private async Task<long> LastIdAsync(CancellationToken cancellationToken) =>
        await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
}
