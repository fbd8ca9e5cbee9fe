using DanVan.Orchard.Data;

namespace DanVan.Search.Indexing;

/// <summary>
/// Task ids at or below an index's checkpoint that were missing when the reader went past them, and may still appear:
/// their writer (on PostgreSQL, a transaction that drew the id before a later one committed) had not ended. Each read
/// looks at them again; one that appears is applied, and a gap is dropped once every writer that could fill it has
/// ended (<see cref="WriterSnapshot"/>). The lowest one bounds what may be pruned and is kept with the checkpoint.
/// </summary>
public sealed class UnsettledTaskIds
{
    private readonly List<Gap> _gaps = [];

    /// <summary>Ids <see cref="From"/>..<see cref="To"/> (inclusive), settled once writers numbered below <see cref="WaitFor"/> have ended (null: not known yet).</summary>
    public readonly record struct Gap(long From, long To, long? WaitFor);

    public IReadOnlyList<Gap> Gaps => _gaps;

    public bool IsEmpty => _gaps.Count == 0;

    /// <summary>Every id up to this one has been applied or will never come.</summary>
    public long SettledThrough(long checkpoint) => _gaps.Count == 0 ? checkpoint : Math.Min(checkpoint, _gaps[0].From - 1);

    /// <summary>After a restart: ids after <paramref name="settled"/> up to <paramref name="checkpoint"/> are looked at again (applying twice does no harm).</summary>
    public void Reopen(long settled, long checkpoint)
    {
        _gaps.Clear();
        if (settled < checkpoint)
        {
            _gaps.Add(new Gap(settled + 1, checkpoint, null));
        }
    }

    /// <summary>Takes the gaps of <paramref name="other"/> (what a rebuild found missing) instead of these.</summary>
    public void ReplaceWith(UnsettledTaskIds other)
    {
        _gaps.Clear();
        _gaps.AddRange(other._gaps);
    }

    /// <summary>Records the ids after <paramref name="after"/> up to <paramref name="upTo"/> not in <paramref name="seen"/> (ascending).</summary>
    public void AddMissing(long after, long upTo, IEnumerable<long> seen, WriterSnapshot snapshot)
    {
        if (snapshot.Quiet)
        {
            // Nobody else was writing: an id missing now was rolled back (or never used), it will not come.
            return;
        }

        var next = after + 1;
        foreach (var id in seen)
        {
            if (id > upTo)
            {
                break;
            }

            if (id > next)
            {
                Insert(new Gap(next, id - 1, snapshot.NextUnassigned));
            }

            next = Math.Max(next, id + 1);
        }

        if (next <= upTo)
        {
            Insert(new Gap(next, upTo, snapshot.NextUnassigned));
        }
    }

    /// <summary>
    /// What a read under <paramref name="snapshot"/> found in the gaps (<paramref name="found"/>, to be applied) is
    /// taken out; gaps whose writers had all ended by then are dropped, the rest wait for the writers running now.
    /// </summary>
    public void Settle(IReadOnlyCollection<long> found, WriterSnapshot snapshot)
    {
        var kept = new List<Gap>(_gaps.Count);
        foreach (var gap in _gaps)
        {
            // A gap read again after a restart: whoever holds its ids drew them before now, so numbered below NextUnassigned.
            var waitFor = gap.WaitFor ?? snapshot.NextUnassigned;
            if (waitFor <= snapshot.OldestRunning)
            {
                continue;
            }

            var next = gap.From;
            foreach (var id in found.Where(id => id >= gap.From && id <= gap.To).Order())
            {
                if (id > next)
                {
                    kept.Add(new Gap(next, id - 1, waitFor));
                }

                next = id + 1;
            }

            if (next <= gap.To)
            {
                kept.Add(new Gap(next, gap.To, waitFor));
            }
        }

        _gaps.Clear();
        _gaps.AddRange(kept);
    }

    private void Insert(Gap gap)
    {
        var at = _gaps.FindIndex(g => g.From > gap.From);
        _gaps.Insert(at < 0 ? _gaps.Count : at, gap);
    }
}
