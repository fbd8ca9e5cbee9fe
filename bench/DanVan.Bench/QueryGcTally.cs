namespace DanVan.Bench;

/// <summary>
/// What the garbage collector did over a run's queries: bytes allocated, collections, pause time, and the wall p99 of the
/// queries a collection paused apart from the others' (whether the tail is collections or the work itself).
/// </summary>
internal sealed class QueryGcTally
{
    private readonly List<double> _paused = [];
    private readonly List<double> _others = [];
    private (int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated) _before;
    private (int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated) _sum;

    public void Begin() => _before = Now();

    public void End(double wallMilliseconds)
    {
        var now = Now();
        var pause = now.Pause - _before.Pause;
        _sum = (_sum.Gen0 + now.Gen0 - _before.Gen0, _sum.Gen1 + now.Gen1 - _before.Gen1, _sum.Gen2 + now.Gen2 - _before.Gen2,
            _sum.Pause + pause, _sum.Allocated + now.Allocated - _before.Allocated);
        (pause > TimeSpan.Zero ? _paused : _others).Add(wallMilliseconds);
    }

    public override string ToString()
    {
        var queries = Math.Max(1, _paused.Count + _others.Count);
        return $"GC: {_sum.Allocated / 1024.0 / 1024 / queries:0.00} MB allocated/query; collections per 100 queries {100.0 * _sum.Gen0 / queries:0.0} " +
            $"(gen1 {100.0 * _sum.Gen1 / queries:0.0}, gen2 {100.0 * _sum.Gen2 / queries:0.0}); pause {_sum.Pause.TotalMilliseconds / queries:0.00} ms/query; " +
            $"wall p99 of the {_paused.Count} queries a collection paused {P99(_paused)} ms, of the other {_others.Count} {P99(_others)} ms.";
    }

    private static string P99(List<double> values)
    {
        if (values.Count == 0)
        {
            return "–";
        }

        values.Sort();
        return values[Math.Min(values.Count - 1, (int)(values.Count * 0.99))].ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated) Now() =>
        (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
}
