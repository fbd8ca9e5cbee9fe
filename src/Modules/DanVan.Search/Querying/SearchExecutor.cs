using DanVan.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Search.Querying;

/// <summary>Runs a built query with the request's filters, sort and page on a searcher (one tenant's or a portal's multi-reader).</summary>
public static class SearchExecutor
{
    /// <summary>The page's documents and the total; for a request with no words, everything filtered, newest first.</summary>
    public static (TopDocs Top, ScoreDoc[] Page) Run(IndexSearcher searcher, SearchQueryBuilder.Built? built, SearchRequest request, Query? extraFilter = null)
    {
        var query = new BooleanQuery();
        // Newest first reads no score: the words' matching query finds the same items with fewer clauses.
        query.Add((request.Newest ? built?.Matching : built?.Query) ?? new MatchAllDocsQuery(), Occur.MUST);
        if (!string.IsNullOrEmpty(request.Type))
        {
            query.Add(Filter(new TermQuery(new Term(SearchFields.Type, request.Type))), Occur.MUST);
        }

        if (!string.IsNullOrEmpty(request.Category))
        {
            query.Add(Filter(new TermQuery(new Term(SearchFields.Category, request.Category))), Occur.MUST);
        }

        if (request.FromUtc is not null || request.ToUtc is not null)
        {
            query.Add(Filter(NumericRangeQuery.NewInt64Range(SearchFields.Date, request.FromUtc?.Ticks, request.ToUtc?.Ticks, true, true)), Occur.MUST);
        }

        if (extraFilter is not null)
        {
            query.Add(Filter(extraFilter), Occur.MUST);
        }

        var wanted = Math.Max(1, request.Page * request.PageSize);
        var top = request.Newest || built is null
            ? searcher.Search(query, wanted, new Sort(new SortField(SearchFields.DateSort, SortFieldType.INT64, reverse: true)))
            : searcher.Search(query, wanted);
        var page = top.ScoreDocs.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToArray();
        return (top, page);
    }

    /// <summary>A clause that selects without scoring.</summary>
    private static Query Filter(Query query) => new ConstantScoreQuery(query) { Boost = 0 };

    /// <summary>The categories ("slug", "Name") the searcher's documents have, by name.</summary>
    public static IReadOnlyList<(string Slug, string Name)> Categories(IndexReader reader)
    {
        var categories = new SortedDictionary<string, string>(StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true));
        var terms = MultiFields.GetTerms(reader, SearchFields.CategoryFacet);
        if (terms is null)
        {
            return [];
        }

        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var value = e.Term.Utf8ToString();
            var tab = value.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                categories.TryAdd(value[(tab + 1)..], value[..tab]);
            }
        }

        return categories.Select(c => (c.Value, c.Key)).ToList();
    }
}
