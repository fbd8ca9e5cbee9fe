using DanVan.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>
/// Builds the Lucene query from the analysed words of what a reader typed (never through a query parser, so no input is
/// a syntax error). Each word must be found (most of them, for long queries) in any text field, folded: typed without
/// diacritics it finds the accented words. A word typed with diacritics also scores in the exact fields, so "vận" comes
/// before "vân". Adjacent words score again as a syllable pair ("dân vận"), quoted phrases must appear as they are.
/// </summary>
public static class SearchQueryBuilder
{
    /// <summary>
    /// Words beyond this many — counting the words of the quoted phrases — are ignored: a pasted paragraph still
    /// searches, on its first words, and no query grows past a bounded number of clauses.
    /// </summary>
    public const int MaxWords = 24;

    /// <summary>
    /// The query, what the hits' words are highlighted by, and <see cref="Matching"/>: the same documents without the
    /// clauses that only score (syllable pairs, exact tiers), for a sort that does not read scores (newest first).
    /// </summary>
    public sealed record Built(Query Query, Query Highlight, int WordCount)
    {
        public Query Matching { get; init; } = Query;
    }

    public static Built? Build(ReaderQuery input, SearchSettings settings)
    {
        var query = new BooleanQuery();
        var highlight = new BooleanQuery();
        var groups = new List<(Query Scored, Query Matching)>();

        var words = input.Words.SelectMany(w => Pairs(w)).Take(MaxWords).ToList();
        foreach (var (exact, folded) in words)
        {
            groups.Add((WordGroup(exact, folded, settings, exactTier: true), WordGroup(exact, folded, settings, exactTier: false)));
            highlight.Add(new TermQuery(new Term(SearchFields.Highlight, folded)), Occur.SHOULD);
        }

        var budget = MaxWords - words.Count;
        foreach (var phrase in input.Phrases)
        {
            var pairs = Pairs(phrase).Take(budget).ToList();
            budget -= pairs.Count;
            if (pairs.Count == 0)
            {
                continue;
            }

            groups.Add((PhraseGroup(pairs, settings, exactTier: true), PhraseGroup(pairs, settings, exactTier: false)));
            foreach (var (_, folded) in pairs)
            {
                highlight.Add(new TermQuery(new Term(SearchFields.Highlight, folded)), Occur.SHOULD);
            }
        }

        if (groups.Count == 0)
        {
            return null;
        }

        // Short queries need every word; a long one most of them (a reader's sentence has filler words).
        var required = groups.Count <= 2 ? groups.Count : (int)Math.Ceiling(groups.Count * 2 / 3.0);
        // An item with a word as typed has it folded too: the exact tiers, like the pairs, add no document.
        var matching = new BooleanQuery { MinimumNumberShouldMatch = required };
        foreach (var (scored, matches) in groups)
        {
            query.Add(scored, Occur.SHOULD);
            matching.Add(matches, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = required;

        // Syllable pairs of the unquoted words: "giải phóng mặt bằng" written together outranks the same syllables apart.
        var bonus = new BooleanQuery();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            foreach (var role in settings.QueriedRoles)
            {
                bonus.Add(Boosted(new TermQuery(new Term(role + SearchFields.ShinglesSuffix, words[i].Folded + " " + words[i + 1].Folded)), settings.Boost(role) * 1.5f), Occur.SHOULD);
            }
        }

        if (bonus.Clauses.Count == 0)
        {
            return new Built(query, highlight, groups.Count) { Matching = matching };
        }

        var withBonus = new BooleanQuery { { query, Occur.MUST }, { bonus, Occur.SHOULD } };
        return new Built(withBonus, highlight, groups.Count) { Matching = matching };
    }

    /// <summary>The word in the exact and the folded analysis, side by side (both keep the same tokens).</summary>
    private static IEnumerable<(string Exact, string Folded)> Pairs(string text)
    {
        var exact = VietnameseAnalyzer.Terms(SearchFields.Body + SearchFields.ExactSuffix, text);
        var folded = VietnameseAnalyzer.Terms(SearchFields.Body + SearchFields.FoldedSuffix, text);
        return exact.Count == folded.Count ? exact.Zip(folded) : folded.Select(f => (f, f));
    }

    private static Query WordGroup(string exact, string folded, SearchSettings settings, bool exactTier)
    {
        var group = new BooleanQuery();
        foreach (var role in settings.QueriedRoles)
        {
            group.Add(Boosted(new TermQuery(new Term(role + SearchFields.FoldedSuffix, folded)), settings.Boost(role)), Occur.SHOULD);
        }

        if (exactTier && !string.Equals(exact, folded, StringComparison.Ordinal))
        {
            // Only whether the word is there counts: the roles' exact terms are one set of documents (no per-term
            // scorers whose scores would be thrown away), and the tier scores as the same terms in a query would.
            group.Add(new ConstantScoreQuery(new AnyTermFilter(settings.QueriedRoles.Select(role => new Term(role + SearchFields.ExactSuffix, exact)).ToList())) { Boost = settings.ExactBoost }, Occur.SHOULD);
        }

        return group;
    }

    private static Query PhraseGroup(List<(string Exact, string Folded)> words, SearchSettings settings, bool exactTier)
    {
        var group = new BooleanQuery();
        foreach (var role in settings.QueriedRoles)
        {
            group.Add(Boosted(Phrase(role + SearchFields.FoldedSuffix, words.Select(w => w.Folded)), settings.Boost(role) * 2), Occur.SHOULD);
        }

        if (exactTier && words.Exists(w => !string.Equals(w.Exact, w.Folded, StringComparison.Ordinal)))
        {
            var anywhere = new BooleanQuery();
            foreach (var role in settings.QueriedRoles)
            {
                anywhere.Add(Phrase(role + SearchFields.ExactSuffix, words.Select(w => w.Exact)), Occur.SHOULD);
            }

            group.Add(ExactTier(anywhere, settings), Occur.SHOULD);
        }

        return group;
    }

    /// <summary>
    /// A flat score far above what term statistics give: an item having the word as typed (with its diacritics)
    /// ranks before every item having only a look-alike ("vận" before "Vân" in a title), whatever the lengths and
    /// frequencies; among equals the usual relevance decides.
    /// </summary>
    private static Query ExactTier(Query anywhere, SearchSettings settings) => new ConstantScoreQuery(anywhere) { Boost = settings.ExactBoost };

    private static Query Phrase(string field, IEnumerable<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
