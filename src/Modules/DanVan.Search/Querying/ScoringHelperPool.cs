using DanVan.Search;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Querying;

/// <summary>
/// The helper threads the process lends to portal queries for scoring their districts' segments beside the request's
/// own thread: at most <see cref="Capacity"/> at once over every query (the cores less the request's own thread, or
/// fewer as <see cref="SearchOptions.PortalScoringThreads"/> says), so parallel scoring never runs more threads than
/// there are cores; when every helper is busy (the server is loaded anyway) a query scores on its own thread alone.
/// </summary>
public sealed class ScoringHelperPool
{
    private int _busy;

    public ScoringHelperPool(int capacity) => Capacity = Math.Max(0, capacity);

    public ScoringHelperPool(IOptions<SearchOptions> options)
        : this(CapacityFor(options.Value.PortalScoringThreads, Environment.ProcessorCount))
    {
    }

    /// <summary>Helpers lent at most at once.</summary>
    public int Capacity { get; }

    /// <summary>Helpers lent now.</summary>
    public int Busy => Volatile.Read(ref _busy);

    /// <summary>Helpers for <paramref name="threads"/> threads per query (0: one per core) on <paramref name="cores"/> cores.</summary>
    public static int CapacityFor(int threads, int cores) => Math.Min(threads <= 0 ? cores : threads, cores) - 1;

    /// <summary>Takes a helper if one is free; each taken one is given back once with <see cref="Return"/>.</summary>
    public bool TryTake()
    {
        while (true)
        {
            var busy = Volatile.Read(ref _busy);
            if (busy >= Capacity)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _busy, busy + 1, busy) == busy)
            {
                return true;
            }
        }
    }

    public void Return() => Interlocked.Decrement(ref _busy);
}
