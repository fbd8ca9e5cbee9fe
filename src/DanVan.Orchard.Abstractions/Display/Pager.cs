namespace DanVan.Orchard.Display;

/// <summary>
/// One page of a list: the page shown (always between 1 and <see cref="PageCount"/>), its size and the number of
/// items. Built from whatever page number the address asked for, so a bad <c>?page=</c> shows the first or last page.
/// </summary>
public sealed record Pager
{
    private Pager(int page, int pageSize, int total, int requested)
    {
        PageSize = pageSize;
        Total = total;
        PageCount = Math.Max(1, (int)((total + (long)pageSize - 1) / pageSize));
        Page = Math.Clamp(page, 1, PageCount);
        Requested = requested;
    }

    /// <summary>The page shown, from 1.</summary>
    public int Page { get; }

    public int PageSize { get; }

    /// <summary>How many items the whole list has.</summary>
    public int Total { get; }

    /// <summary>At least 1: an empty list has one (empty) page.</summary>
    public int PageCount { get; }

    /// <summary>The page number the address asked for, before clamping.</summary>
    public int Requested { get; }

    /// <summary>The address asked for a page the list does not have (0, negative, past the end).</summary>
    public bool IsOutOfRange => Requested != Page;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>How many items come before this page (for <c>Skip</c>).</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <param name="requested">The page number asked for; null (missing or unreadable) means the first page.</param>
    public static Pager Of(int? requested, int pageSize, int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var asked = requested ?? 1;
        return new Pager(asked, pageSize, total, asked);
    }

    /// <summary>The page numbers to link around the current one (at most <paramref name="around"/> on each side),
    /// always with the first and the last; 0 stands for a gap ("…").</summary>
    public IReadOnlyList<int> Window(int around = 2)
    {
        var first = Math.Max(1, Page - around);
        var last = Math.Min(PageCount, Page + around);
        var numbers = new List<int>();
        if (first > 1)
        {
            numbers.Add(1);
            if (first > 2)
            {
                numbers.Add(0);
            }
        }

        for (var number = first; number <= last; number++)
        {
            numbers.Add(number);
        }

        if (last < PageCount)
        {
            if (last < PageCount - 1)
            {
                numbers.Add(0);
            }

            numbers.Add(PageCount);
        }

        return numbers;
    }
}
