using DanVan.Orchard.Data;
using DanVan.Search.Indexing;

namespace DanVan.Web.Tests.Search;

/// <summary>The gaps an index went past: recorded only while writers run, taken out as they appear, dropped once their writers ended.</summary>
public sealed class UnsettledTaskIdsTests
{
    private static readonly WriterSnapshot Busy = new(OldestRunning: 100, NextUnassigned: 110);

    [Fact]
    public void Ids_missing_while_writers_run_are_gaps_and_bound_the_settled_horizon()
    {
        var ids = new UnsettledTaskIds();
        ids.AddMissing(after: 40, upTo: 46, seen: [42, 43, 46], Busy);
        Assert.Equal([new(41, 41, 110), new(44, 45, 110)], ids.Gaps);
        Assert.Equal(40, ids.SettledThrough(46));
    }

    [Fact]
    public void Nothing_is_a_gap_when_no_other_writer_was_running()
    {
        var ids = new UnsettledTaskIds();
        ids.AddMissing(after: 40, upTo: 46, seen: [42, 46], new WriterSnapshot(120, 120));
        Assert.True(ids.IsEmpty);
        Assert.Equal(46, ids.SettledThrough(46));
    }

    [Fact]
    public void An_id_that_appears_is_taken_out_and_the_rest_waits_for_its_writers()
    {
        var ids = new UnsettledTaskIds();
        ids.AddMissing(after: 40, upTo: 46, seen: [46], Busy);
        ids.Settle([42, 44], new WriterSnapshot(105, 130));
        Assert.Equal([new(41, 41, 110), new(43, 43, 110), new(45, 45, 110)], ids.Gaps);

        // Every writer running when the gaps were seen has ended: what did not appear was rolled back.
        ids.Settle([], new WriterSnapshot(110, 140));
        Assert.True(ids.IsEmpty);
    }

    [Fact]
    public void After_a_restart_the_window_behind_the_checkpoint_waits_for_the_writers_running_now()
    {
        var ids = new UnsettledTaskIds();
        ids.Reopen(settled: 40, checkpoint: 46);
        Assert.Equal([new(41, 46, null)], ids.Gaps);

        ids.Settle([41, 42, 43, 44, 46], Busy);
        Assert.Equal([new(45, 45, 110)], ids.Gaps);
        ids.Settle([], new WriterSnapshot(110, 112));
        Assert.True(ids.IsEmpty);
    }
}
