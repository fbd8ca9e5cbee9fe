using System.Diagnostics;
using DanVan.Search;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Bench;

/// <summary>
/// <c>--portal-search D A --breakdown</c>: where a portal-wide query's time goes, phase by phase, over the indexes the
/// runs left open (the steps of <see cref="PortalSearch"/> done one by one, never from the results cache).
/// </summary>
public static class PortalSearchBreakdown
{
    public static void Run(SearchIndexes indexes, SearchSettings settings)
    {
        var phases = new Dictionary<string, List<double>>();
        void Add(string phase, Stopwatch clock)
        {
            (phases.TryGetValue(phase, out var list) ? list : phases[phase] = []).Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
        }

        var random = new Random(2028);
        for (var i = 0; i < 300; i++)
        {
            var text = i % 2 == 0 ? SearchBench.Queries[i % SearchBench.Queries.Length] : SearchBench.Text(random, 1 + (i % 3));
            var request = new SearchRequest(ReaderQuery.Parse(text));
            var clock = Stopwatch.StartNew();
            var opened = indexes.OpenTenants.Select(indexes.Find).OfType<TenantSearchIndex>()
                .Select(x => (Index: x, Searcher: x.TryAcquireSearcher())).Where(x => x.Searcher is not null).ToList();
            Add("acquire searchers", clock);
            try
            {
                var built = SearchQueryBuilder.Build(request.Text, settings)!;
                Add("build query", clock);
                using var reader = new MultiReader(opened.Select(o => o.Searcher!.IndexReader).ToArray(), closeSubReaders: false);
                var searcher = new PortalIndexSearcher(reader);
                Add("multi-reader", clock);
                var prebuilt = built with { Query = PrebuiltTermStates.Apply(built.Query, searcher.TopReaderContext) };
                Add("term states (one pass)", clock);
                searcher.CreateNormalizedWeight(new BooleanQuery { { prebuilt.Query, Occur.MUST } });
                Add("weight (rewrite, term stats)", clock);
                var (_, page) = SearchExecutor.Run(searcher, prebuilt, request);
                Add("search (weight + scoring)", clock);
                var documents = page.Select(d => searcher.Doc(d.Doc)).ToList();
                Add("stored fields (10 hits)", clock);
                var snippets = new SnippetMaker(built.Highlight);
                foreach (var document in documents)
                {
                    SearchService.ToHit(document, snippets, 0);
                }

                Add("snippets (10 hits)", clock);
            }
            finally
            {
                foreach (var (index, searcher) in opened)
                {
                    index.ReleaseSearcher(searcher!);
                }
            }
        }

        foreach (var (phase, list) in phases)
        {
            var kept = list.Skip(100).Order().ToList();
            Console.WriteLine($"  {phase,-30} mean {kept.Average():0.000} ms, p50 {kept[kept.Count / 2]:0.000} ms, p99 {kept[(int)(kept.Count * 0.99)]:0.000} ms");
        }
    }
}
