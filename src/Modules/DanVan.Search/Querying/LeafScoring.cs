using System.Runtime.ExceptionServices;

namespace DanVan.Search.Querying;

/// <summary>
/// Scores a query's segments on the calling thread and on the helpers <see cref="ScoringHelperPool"/> lends, each with
/// its own collector. The segments are handed out one at a time in order from one counter, so each collector sees its
/// segments (and documents) in increasing order, as Lucene's in-order collectors require, and a slow segment does not
/// hold the others back. The calling thread never waits for a helper that has not started (a busy thread pool): it
/// takes that helper's share itself and the helper, when it runs, finds nothing to do.
/// </summary>
/// <remarks>
/// Not Lucene's own parallel search (an <see cref="Lucene.Net.Search.IndexSearcher"/> given a <c>TaskScheduler</c>): it
/// queues a task per segment — 100 per portal query — to the shared thread pool, with no bound over the queries running
/// at once, and the request's thread then waits for every one of them, behind other requests' work when the pool is
/// busy. Here the helpers over every query are bounded by the cores (<see cref="ScoringHelperPool"/>), a query has one
/// collector per thread rather than per segment, and the request's thread scores whatever no helper has taken.
/// </remarks>
public static class LeafScoring
{
    /// <summary>The collectors that scored something, the calling thread's first.</summary>
    public static List<TCollector> Run<TLeaf, TCollector>(IReadOnlyList<TLeaf> leaves, ScoringHelperPool pool, Func<TCollector> newCollector, Action<TLeaf, TCollector> score)
    {
        var next = -1;
        void Work(TCollector collector)
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < leaves.Count)
            {
                score(leaves[i], collector);
            }
        }

        // A helper is worth it only when there is a segment left for it.
        var helpers = new List<Helper<TCollector>>();
        for (var i = 1; i < leaves.Count && pool.TryTake(); i++)
        {
            var helper = new Helper<TCollector>(pool, newCollector(), Work);
            helpers.Add(helper);
            ThreadPool.UnsafeQueueUserWorkItem(static h => h.Run(), helper, preferLocal: false);
        }

        var collectors = new List<TCollector> { newCollector() };
        try
        {
            Work(collectors[0]);
        }
        finally
        {
            // Even when this thread failed: no helper may still read the segments once the caller releases them.
            foreach (var helper in helpers)
            {
                if (helper.Settle())
                {
                    collectors.Add(helper.Collector);
                }
            }
        }

        foreach (var helper in helpers)
        {
            helper.Failure?.Throw();
        }

        return collectors;
    }

    private sealed class Helper<TCollector>(ScoringHelperPool pool, TCollector collector, Action<TCollector> work)
    {
        private const int Pending = 0, Running = 1, Dropped = 2;
        private readonly object _gate = new();
        private bool _done;
        private int _state;

        public TCollector Collector => collector;

        public ExceptionDispatchInfo? Failure { get; private set; }

        public void Run()
        {
            if (Interlocked.CompareExchange(ref _state, Running, Pending) != Pending)
            {
                return;
            }

            try
            {
                work(collector);
            }
            catch (Exception e)
            {
                Failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                pool.Return();
                lock (_gate)
                {
                    _done = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>Drops the helper if it has not started, else waits for it (it is scoring its last segment); true when it ran.</summary>
        public bool Settle()
        {
            if (Interlocked.CompareExchange(ref _state, Dropped, Pending) == Pending)
            {
                pool.Return();
                return false;
            }

            lock (_gate)
            {
                while (!_done)
                {
                    Monitor.Wait(_gate);
                }
            }

            return true;
        }
    }
}
