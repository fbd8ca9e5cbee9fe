using DanVan.Search.Indexing;

namespace DanVan.Web.Tests.Search;

/// <summary>The reader lists the gaps' ids in one query up to a budget; a gap wider than what is left is read by range.</summary>
public sealed class GapReadsTests
{
    [Fact]
    public void Small_gaps_are_listed_and_one_wider_than_the_budget_left_is_read_by_range()
    {
        UnsettledTaskIds.Gap[] gaps = [new(3, 4, 10), new(7, 7, 10), new(20, 40, null), new(50, 51, 10)];

        var (ids, wide) = GapReads.Split(gaps, maxIds: 10);

        Assert.Equal([3L, 4, 7, 50, 51], ids);
        Assert.Equal([new UnsettledTaskIds.Gap(20, 40, null)], wide);
    }

    [Fact]
    public void A_gap_reopened_after_a_restart_over_a_million_ids_is_never_listed()
    {
        var (ids, wide) = GapReads.Split([new(1, 1_000_000, null)], maxIds: 4096);

        Assert.Empty(ids);
        Assert.Single(wide);
    }
}
