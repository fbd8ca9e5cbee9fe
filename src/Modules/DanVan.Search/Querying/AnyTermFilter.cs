using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVan.Search.Querying;

/// <summary>
/// The documents having any of <see cref="Terms"/> (a word's exact form in each text role): Lucene's <c>TermsFilter</c>,
/// except that it can be given the terms' per-segment states looked up beforehand (<see cref="PrebuiltTermStates"/>).
/// <c>TermsFilter</c> seeks every term in every segment's dictionary again; over the portal's 100 districts that was a
/// fifth of a query's time, for terms the portal query had already looked up.
/// </summary>
public sealed class AnyTermFilter(IReadOnlyList<Term> terms, IReadOnlyDictionary<Term, TermContext>? states = null) : Filter
{
    public IReadOnlyList<Term> Terms => terms;

    /// <summary>The same filter reading the states in <paramref name="built"/> (those of one searcher's top reader context).</summary>
    public AnyTermFilter WithStates(IReadOnlyDictionary<Term, TermContext> built) => new(terms, built);

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        FixedBitSet? matches = null;
        string? field = null;
        TermsEnum? fieldTerms = null;
        DocsEnum? docs = null;
        foreach (var term in terms)
        {
            if (!string.Equals(term.Field, field, StringComparison.Ordinal))
            {
                field = term.Field;
                fieldTerms = reader.GetTerms(field)?.GetEnumerator();
                docs = null;
            }

            if (fieldTerms is null || !Seek(fieldTerms, term, context))
            {
                continue;
            }

            docs = fieldTerms.Docs(acceptDocs, docs, DocsFlags.NONE);
            matches ??= new FixedBitSet(reader.MaxDoc);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                matches.Set(doc);
            }
        }

        return matches;
    }

    public override bool Equals(object? obj) => obj is AnyTermFilter other && terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => terms.Aggregate(17, (hash, term) => (hash * 31) + term.GetHashCode());

    /// <summary>Positions the enumerator on the term: from its prebuilt state when there is one for this reader, else by a seek.</summary>
    private bool Seek(TermsEnum fieldTerms, Term term, AtomicReaderContext context)
    {
        if (states is null || !states.TryGetValue(term, out var prebuilt) || !ReferenceEquals(prebuilt.TopReaderContext, ReaderUtil.GetTopLevelContext(context)))
        {
            return fieldTerms.SeekExact(term.Bytes);
        }

        if (prebuilt.Get(context.Ord) is not { } state)
        {
            return false;
        }

        fieldTerms.SeekExact(term.Bytes, state);
        return true;
    }
}
