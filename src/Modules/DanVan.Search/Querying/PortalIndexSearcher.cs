using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>
/// The searcher of one portal query over the districts' multi-reader. A field's statistics are summed from the segments
/// once per query: Lucene's own asks them again for every term of the field (each word in each role), each time
/// assembling a view over every district's segments.
/// </summary>
public sealed class PortalIndexSearcher(IndexReader reader) : IndexSearcher(reader)
{
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
