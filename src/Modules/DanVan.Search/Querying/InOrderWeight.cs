using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVan.Search.Querying;

/// <summary>
/// A query's weight that always scores a segment's documents in order. Left to itself, Lucene scores a disjunction
/// without required clauses (a one-word query, a sorted one) out of order with <c>BooleanScorer</c>, which allocates a
/// table of 2,048 buckets (~100 KB) per segment per query: over the portal's 100 districts ~10 MB per query, and a
/// garbage collection about every query. In order, <c>BooleanScorer2</c> finds the same documents with the same scores.
/// </summary>
public sealed class InOrderWeight(Weight weight) : Weight
{
    public override Query Query => weight.Query;

    public override bool ScoresDocsOutOfOrder => false;

    public override Explanation Explain(AtomicReaderContext context, int doc) => weight.Explain(context, doc);

    public override float GetValueForNormalization() => weight.GetValueForNormalization();

    public override void Normalize(float norm, float topLevelBoost) => weight.Normalize(norm, topLevelBoost);

    public override Scorer GetScorer(AtomicReaderContext context, IBits acceptDocs) => weight.GetScorer(context, acceptDocs);

    public override BulkScorer GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs) =>
        weight.GetBulkScorer(context, scoreDocsInOrder: true, acceptDocs);
}
