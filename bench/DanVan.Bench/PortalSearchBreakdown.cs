using System.Diagnostics;
using DanVan.Search;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVan.Bench;

/// <summary>
/// <c>--portal-search D A --breakdown</c>: where a portal-wide query's time goes, phase by phase, over the indexes the
/// runs left open (the steps of <see cref="PortalSearch"/> done one by one, never from the results cache); and, query by
/// query in turn so both see the same load, the whole search done as Lucene does it alone (a plain searcher, each term
/// query building its own states) and as the portal does it on one thread and with its scoring helper, with the wall,
/// the query thread's CPU time and the process's CPU time of each (the last counts the helper's too; it is coarse,
/// ~10 ms ticks, so read its mean).
/// </summary>
public static class PortalSearchBreakdown
{
    private static readonly string[] Variants = ["lucene alone", "portal, one thread", "portal, parallel"];

    public static void Run(SearchIndexes indexes, SearchSettings settings, ScoringHelperPool helpers)
    {
        var phases = new Dictionary<string, List<double>>();
        void Add(string phase, double value) => (phases.TryGetValue(phase, out var list) ? list : phases[phase] = []).Add(value);

        var random = new Random(2028);
        for (var i = 0; i < 300; i++)
        {
            var text = i % 2 == 0 ? SearchBench.Queries[i % SearchBench.Queries.Length] : SearchBench.Text(random, 1 + (i % 3));
            var request = new SearchRequest(ReaderQuery.Parse(text));
            var opened = indexes.OpenTenants.Select(indexes.Find).OfType<TenantSearchIndex>()
                .Select(x => (Index: x, Searcher: x.TryAcquireSearcher())).Where(x => x.Searcher is not null).ToList();
            try
            {
                var built = SearchQueryBuilder.Build(request.Text, settings)!;
                using var reader = new MultiReader(opened.Select(o => o.Searcher!.IndexReader).ToArray(), closeSubReaders: false);
                foreach (var variant in i % 2 == 0 ? Variants : Variants.Reverse())
                {
                    var portal = variant != "lucene alone";
                    var (wall, cpu, processCpu) = (Stopwatch.StartNew(), ThreadCpu.Milliseconds() ?? 0, Process.GetCurrentProcess().TotalProcessorTime);
                    var clock = Stopwatch.StartNew();
                    void Phase(string phase)
                    {
                        Add(variant + ": " + phase, clock.Elapsed.TotalMilliseconds);
                        clock.Restart();
                    }

                    var searcher = variant switch
                    {
                        "portal, one thread" => new PortalIndexSearcher(reader),
                        "portal, parallel" => new PortalIndexSearcher(reader, helpers),
                        _ => new IndexSearcher(reader),
                    };
                    var query = portal ? built with { Query = PrebuiltTermStates.Apply(built.Query, searcher.TopReaderContext) } : built;
                    Phase("term states");
                    var (_, page) = SearchExecutor.Run(searcher, query, request);
                    Phase("search (weight, scorers, scoring)");
                    var snippets = new SnippetMaker(built.Highlight);
                    foreach (var hit in page)
                    {
                        SearchService.ToHit(searcher.Doc(hit.Doc), snippets, hit.Score);
                    }

                    Phase("10 hits' fields and snippets");
                    Add(variant + ", whole search: wall", wall.Elapsed.TotalMilliseconds);
                    Add(variant + ", whole search: thread CPU", (ThreadCpu.Milliseconds() ?? 0) - cpu);
                    Add(variant + ", whole search: process CPU", (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalMilliseconds);
                }
            }
            finally
            {
                foreach (var (index, searcher) in opened)
                {
                    index.ReleaseSearcher(searcher!);
                }
            }
        }

        foreach (var (phase, list) in phases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var kept = list.Skip(50).Order().ToList();
            Console.WriteLine($"  {phase,-52} mean {kept.Average():0.00} ms, p50 {kept[kept.Count / 2]:0.00} ms, p99 {kept[(int)(kept.Count * 0.99)]:0.00} ms");
        }
    }
}
