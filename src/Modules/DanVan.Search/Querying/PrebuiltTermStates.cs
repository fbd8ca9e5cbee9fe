using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>
/// Looks up every term of a query in every segment of a searcher in one pass, and gives the query back with each
/// <see cref="TermQuery"/> carrying its per-segment states. Left to Lucene, each term query builds its states with a new
/// terms enumerator per segment; over the portal's multi-reader (every district's segments) and a query of dozens of
/// terms (each word in every text role, exact and folded, and the syllable pairs) that was about half the query's CPU
/// time. Here one enumerator per segment and field seeks the field's terms in order, and what a segment answered is
/// kept (<see cref="SegmentTermStates"/>): readers ask the same words again. The scores and hits are the same.
/// </summary>
public static class PrebuiltTermStates
{
    /// <summary>The query with its term queries' states built for <paramref name="top"/> (the searcher's top reader context).</summary>
    public static Query Apply(Query query, IndexReaderContext top)
    {
        var terms = new HashSet<Term>();
        Collect(query, terms);
        return terms.Count == 0 ? query : Replace(query, Build(top, terms));
    }

    private static void Collect(Query query, HashSet<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Collect(clause.Query, terms);
                }

                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, terms);
                break;
            case ConstantScoreQuery { Filter: AnyTermFilter filter }:
                terms.UnionWith(filter.Terms);
                break;
        }
    }

    private static Dictionary<Term, TermContext> Build(IndexReaderContext top, HashSet<Term> terms)
    {
        var sorted = terms.ToList();
        sorted.Sort();
        var states = sorted.ToDictionary(t => t, _ => new TermContext(top));
        foreach (var leaf in top.Leaves)
        {
            if (leaf.AtomicReader.Fields is not { } fields)
            {
                continue;
            }

            var known = SegmentTermStates.Shared;
            var segment = SegmentTermStates.SegmentOf(leaf.AtomicReader.CoreCacheKey);
            string? field = null;
            TermsEnum? segmentTerms = null;
            foreach (var term in sorted)
            {
                if (!known.TryGetValue(segment, term, out var found))
                {
                    if (!string.Equals(term.Field, field, StringComparison.Ordinal))
                    {
                        field = term.Field;
                        segmentTerms = fields.GetTerms(field)?.GetEnumerator();
                    }

                    found = segmentTerms is not null && segmentTerms.SeekExact(term.Bytes)
                        ? new SegmentTermStates.Found(segmentTerms.GetTermState(), segmentTerms.DocFreq, segmentTerms.TotalTermFreq)
                        : SegmentTermStates.Found.Absent;
                    known.Add(segment, term, found);
                }

                if (found.State is not null)
                {
                    states[term].Register(found.State, leaf.Ord, found.DocFreq, found.TotalTermFreq);
                }
            }
        }

        return states;
    }

    private static Query Replace(Query query, Dictionary<Term, TermContext> states)
    {
        switch (query)
        {
            case TermQuery term when states.TryGetValue(term.Term, out var state):
                return new TermQuery(term.Term, state) { Boost = term.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(Replace(clause.Query, states), clause.Occur);
                }

                return copy;
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantScoreQuery(Replace(inner, states)) { Boost = constant.Boost };
            case ConstantScoreQuery { Filter: AnyTermFilter filter } constant:
                return new ConstantScoreQuery(filter.WithStates(states)) { Boost = constant.Boost };
            default:
                return query;
        }
    }
}
