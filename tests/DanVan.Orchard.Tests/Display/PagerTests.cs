using DanVan.Orchard.Display;

namespace DanVan.Orchard.Tests.Display;

public sealed class PagerTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(20, 2)]
    [InlineData(21, 3)]
    public void The_page_count_covers_every_item_and_an_empty_list_has_one_page(int total, int pages)
    {
        Assert.Equal(pages, Pager.Of(1, 10, total).PageCount);
    }

    [Theory]
    [InlineData(null, 1, false)]
    [InlineData(1, 1, false)]
    [InlineData(3, 3, false)]
    [InlineData(0, 1, true)]
    [InlineData(-1, 1, true)]
    [InlineData(int.MinValue, 1, true)]
    [InlineData(4, 3, true)]
    [InlineData(int.MaxValue, 3, true)]
    public void A_page_outside_the_list_is_clamped_to_the_first_or_last_and_says_so(int? asked, int shown, bool outOfRange)
    {
        var pager = Pager.Of(asked, 10, 25);

        Assert.Equal(shown, pager.Page);
        Assert.Equal(outOfRange, pager.IsOutOfRange);
        Assert.Equal((shown - 1) * 10, pager.Skip);
    }

    [Fact]
    public void A_huge_total_does_not_overflow()
    {
        var pager = Pager.Of(int.MaxValue, 7, int.MaxValue);

        Assert.Equal(int.MaxValue / 7 + 1, pager.PageCount);
        Assert.Equal(pager.PageCount, pager.Page);
        Assert.True(pager.Skip >= 0);
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 5, new[] { 1, 2, 3, 0, 5 })]
    [InlineData(4, 5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(10, 20, new[] { 1, 0, 8, 9, 10, 11, 12, 0, 20 })]
    [InlineData(20, 20, new[] { 1, 0, 18, 19, 20 })]
    [InlineData(4, 20, new[] { 1, 2, 3, 4, 5, 6, 0, 20 })]
    public void The_window_shows_two_pages_each_side_with_the_first_and_last_and_gaps(int page, int pages, int[] expected)
    {
        Assert.Equal(expected, Pager.Of(page, 1, pages).Window());
    }

    [Fact]
    public void Previous_and_next_exist_only_inside_the_list()
    {
        Assert.False(Pager.Of(1, 10, 30).HasPrevious);
        Assert.True(Pager.Of(1, 10, 30).HasNext);
        Assert.True(Pager.Of(3, 10, 30).HasPrevious);
        Assert.False(Pager.Of(3, 10, 30).HasNext);
    }

    [Fact]
    public void A_page_size_below_one_or_a_negative_total_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Pager.Of(1, 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pager.Of(1, 10, -1));
    }
}
