namespace DanVan.Search.Indexing;

/// <summary>How the reader reads an index's gaps: their ids listed in one query, up to a budget; the rest by range.</summary>
public static class GapReads
{
    /// <summary>The ids of the gaps that fit in <paramref name="maxIds"/> (ascending), and the gaps read by range.</summary>
    public static (long[] Ids, List<UnsettledTaskIds.Gap> Wide) Split(IReadOnlyList<UnsettledTaskIds.Gap> gaps, int maxIds)
    {
        var ids = new List<long>();
        var wide = new List<UnsettledTaskIds.Gap>();
        foreach (var gap in gaps)
        {
            var size = gap.To - gap.From + 1;
            if (size > maxIds - ids.Count)
            {
                wide.Add(gap);
                continue;
            }

            for (var id = gap.From; id <= gap.To; id++)
            {
                ids.Add(id);
            }
        }

        return ([.. ids], wide);
    }
}
