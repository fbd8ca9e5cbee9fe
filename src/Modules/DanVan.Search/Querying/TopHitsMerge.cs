using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>
/// Merges the top hits several collectors found over disjoint segments into the top hits one collector would have
/// found over all of them: ordered as Lucene's hit queue orders them, by score (or by the sort's values) and, among
/// equals, by document number.
/// </summary>
/// <remarks>
/// Not Lucene's <see cref="TopDocs.Merge(Sort, int, TopDocs[])"/>: it breaks ties by the part's index, then by the
/// hit's place in its part — the order of shards that each hold a contiguous range of documents. Here a part is a
/// collector that took segments in turns (whichever thread was free next), so the first part does not hold the lowest
/// documents, and ties — the exact tier's flat score, articles published the same hour — would come out in another
/// order than one thread gives, changing from one request to the next. It also overwrites each hit's
/// <see cref="ScoreDoc.ShardIndex"/>. <see cref="TopDocs.MaxScore"/> is the same either way: the highest part's, NaN
/// when no part kept one (a sort without scores).
/// </remarks>
public static class TopHitsMerge
{
    public static TopDocs ByScore(IReadOnlyList<TopDocs> parts, int wanted)
    {
        var hits = parts.SelectMany(p => p.ScoreDocs).ToList();
        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(parts.Sum(p => p.TotalHits), hits.Take(wanted).ToArray(), MaxScore(parts));
    }

    public static TopFieldDocs BySort(IReadOnlyList<TopFieldDocs> parts, Sort sort, int wanted)
    {
        var fields = sort.GetSort();
        var comparers = fields.Select((f, i) => f.GetComparer(1, i)).ToArray();
        var hits = parts.SelectMany(p => p.ScoreDocs).Cast<FieldDoc>().ToList();
        hits.Sort((a, b) =>
        {
            for (var i = 0; i < comparers.Length; i++)
            {
                var order = comparers[i].CompareValues(a.Fields[i], b.Fields[i]);
                if (order != 0)
                {
                    return fields[i].IsReverse ? -order : order;
                }
            }

            return a.Doc.CompareTo(b.Doc);
        });
        return new TopFieldDocs(parts.Sum(p => p.TotalHits), hits.Take(wanted).ToArray<ScoreDoc>(), fields, MaxScore(parts));
    }

    /// <summary>The highest of the parts' (NaN when none was kept, as Lucene says it).</summary>
    private static float MaxScore(IEnumerable<TopDocs> parts)
    {
        var max = float.NaN;
        foreach (var part in parts)
        {
            if (!float.IsNaN(part.MaxScore) && (float.IsNaN(max) || part.MaxScore > max))
            {
                max = part.MaxScore;
            }
        }

        return max;
    }
}
