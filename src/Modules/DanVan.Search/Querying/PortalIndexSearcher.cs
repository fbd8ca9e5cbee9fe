using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>
/// The searcher of one portal query over the districts' multi-reader. A field's statistics are summed from the segments
/// once per query: Lucene's own asks them again for every term of the field (each word in each role), each time
/// assembling a view over every district's segments. A query over at least <paramref name="minDocumentsToSplit"/>
/// documents scores its segments on the request's thread and the helpers <paramref name="helpers"/> lends
/// (<see cref="LeafScoring"/>), each with its own collector, merged as Lucene's own queue orders hits: the same hits,
/// order and scores as one thread gives.
/// </summary>
public sealed class PortalIndexSearcher(IndexReader reader, ScoringHelperPool? helpers = null, int minDocumentsToSplit = PortalIndexSearcher.DefaultMinDocumentsToSplit)
    : IndexSearcher(reader)
{
    /// <summary>Below this many documents a second thread costs more than it saves.</summary>
    public const int DefaultMinDocumentsToSplit = 2000;

    private readonly Dictionary<string, CollectionStatistics> _fields = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field)
    {
        lock (_fields)
        {
            if (!_fields.TryGetValue(field, out var statistics))
            {
                _fields[field] = statistics = Sum(field);
            }

            return statistics;
        }
    }

    /// <summary>The query's weight, scoring in order (<see cref="InOrderWeight"/>): far less garbage over many segments.</summary>
    public override Weight CreateNormalizedWeight(Query query) => new InOrderWeight(base.CreateNormalizedWeight(query));

    protected override TopDocs Search(Weight weight, ScoreDoc? after, int nDocs)
    {
        if (after is not null || !Splits())
        {
            return base.Search(weight, after, nDocs);
        }

        var wanted = Math.Min(nDocs, Math.Max(1, IndexReader.MaxDoc));
        var parts = LeafScoring.Run(m_leafContexts.ToArray(), helpers!,
            () => TopScoreDocCollector.Create(wanted, !weight.ScoresDocsOutOfOrder),
            (leaf, collector) => Search(new[] { leaf }, weight, collector));
        return TopHitsMerge.ByScore(parts.Select(c => c.GetTopDocs()).ToList(), wanted);
    }

    protected override TopFieldDocs Search(Weight weight, FieldDoc? after, int nDocs, Sort sort, bool fillFields, bool doDocScores, bool doMaxScore)
    {
        // Merging compares the sort values: only with them filled in (as Search(query, n, sort) asks).
        if (after is not null || !fillFields || !Splits())
        {
            return base.Search(weight, after, nDocs, sort, fillFields, doDocScores, doMaxScore);
        }

        var wanted = Math.Min(nDocs, Math.Max(1, IndexReader.MaxDoc));
        var parts = LeafScoring.Run(m_leafContexts.ToArray(), helpers!,
            () => TopFieldCollector.Create(sort, wanted, null, fillFields, doDocScores, doMaxScore, !weight.ScoresDocsOutOfOrder),
            (leaf, collector) => Search(new[] { leaf }, weight, collector));
        return TopHitsMerge.BySort(parts.Select(c => (TopFieldDocs)c.GetTopDocs()).ToList(), sort, wanted);
    }

    private bool Splits() => helpers is { Capacity: > 0 } && m_leafContexts.Count > 1 && IndexReader.MaxDoc >= minDocumentsToSplit;

    /// <summary>As Lucene sums them over a composite reader: a figure a segment does not keep (-1) makes the sum unknown (-1).</summary>
    private CollectionStatistics Sum(string field)
    {
        long docCount = 0, sumTotalTermFreq = 0, sumDocFreq = 0;
        var found = false;
        foreach (var leaf in IndexReader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field) is not { } terms)
            {
                continue;
            }

            found = true;
            docCount = Add(docCount, terms.DocCount);
            sumTotalTermFreq = Add(sumTotalTermFreq, terms.SumTotalTermFreq);
            sumDocFreq = Add(sumDocFreq, terms.SumDocFreq);
        }

        return found
            ? new CollectionStatistics(field, IndexReader.MaxDoc, docCount, sumTotalTermFreq, sumDocFreq)
            : new CollectionStatistics(field, IndexReader.MaxDoc, 0, 0, 0);
    }

    private static long Add(long sum, long value) => sum < 0 || value < 0 ? -1 : sum + value;
}
