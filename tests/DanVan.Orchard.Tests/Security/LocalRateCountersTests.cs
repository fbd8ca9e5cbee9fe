using DanVan.Orchard.Security;

namespace DanVan.Orchard.Tests.Security;

/// <summary>
/// This node's rate counters stay bounded under a flood of new clients: ended windows go as later hits come (no sweep
/// over every client), and past the cap the oldest windows go, the newest clients still counted.
/// </summary>
public sealed class LocalRateCountersTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Counts_each_key_in_its_window_and_starts_again_when_the_window_ends()
    {
        var clock = new ManualClock();
        var counters = new LocalRateCounters(clock, 100);

        Assert.True(counters.TryCount("a", 2, Minute));
        Assert.True(counters.TryCount("a", 2, Minute));
        Assert.False(counters.TryCount("a", 2, Minute));
        Assert.True(counters.TryCount("b", 2, Minute));

        clock.Advance(Minute);
        Assert.True(counters.TryCount("a", 2, Minute));
    }

    [Fact]
    public void Ended_windows_of_every_length_are_dropped_by_later_hits()
    {
        var clock = new ManualClock();
        var counters = new LocalRateCounters(clock, 100_000);
        for (var i = 0; i < 5_000; i++)
        {
            counters.TryCount("phut-" + i, 5, Minute);
            counters.TryCount("muoi-lam-phut-" + i, 5, TimeSpan.FromMinutes(15));
        }

        Assert.Equal(10_000, counters.Count);

        clock.Advance(Minute);
        counters.TryCount("moi", 5, Minute);
        Assert.Equal(5_001, counters.Count);

        clock.Advance(TimeSpan.FromMinutes(14));
        counters.TryCount("moi-nua", 5, TimeSpan.FromMinutes(15));
        Assert.Equal(1, counters.Count);
    }

    [Fact]
    public void A_window_started_again_is_not_dropped_with_its_first_start()
    {
        var clock = new ManualClock();
        var counters = new LocalRateCounters(clock, 100);
        Assert.True(counters.TryCount("a", 1, Minute));
        clock.Advance(Minute);
        Assert.True(counters.TryCount("a", 1, Minute));

        clock.Advance(TimeSpan.FromSeconds(30));
        counters.TryCount("b", 1, Minute);

        Assert.False(counters.TryCount("a", 1, Minute));
    }

    [Fact]
    public void Past_the_cap_the_oldest_windows_go_and_the_newest_clients_are_still_counted()
    {
        var clock = new ManualClock();
        var counters = new LocalRateCounters(clock, 1_000);
        for (var i = 0; i < 50_000; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
            counters.TryCount("khach-" + i, 1, TimeSpan.FromHours(1));
            Assert.True(counters.Count <= 1_000);
        }

        Assert.False(counters.TryCount("khach-49999", 1, TimeSpan.FromHours(1)));
        Assert.True(counters.TryCount("khach-0", 1, TimeSpan.FromHours(1)));
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
