using DanVan.Search;
using DanVan.Search.Analysis;
using DanVan.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// The portal's query scores the districts' segments on the request's thread and a helper lent by a bounded pool
/// (<see cref="LeafScoring"/>, <see cref="ScoringHelperPool"/>): the same hits, in the same order, with the same
/// scores as one thread, by relevance and newest first; every helper is given back; never more helpers than the pool has.
/// </summary>
public sealed class PortalParallelScoringTests : IDisposable
{
    private static readonly string[] Words = ["dân", "vận", "khéo", "giải", "phóng", "mặt", "bằng", "Trà", "Lĩnh", "Vân", "hội", "nghị", "văn", "hóa"];
    private readonly List<IDisposable> _owned = [];
    private readonly IndexReader[] _districts;

    public PortalParallelScoringTests()
    {
        var random = new Random(12);
        _districts = Enumerable.Range(0, 9).Select(d => District(random, d, 5 + d * 3)).ToArray();
    }

    [Theory]
    [InlineData("dân vận khéo", false)]
    [InlineData("dan van", false)]
    [InlineData("vận", false)]
    [InlineData("giải phóng mặt bằng \"mặt bằng\"", false)]
    [InlineData("dân vận", true)]
    [InlineData("hoi nghi van hoa", true)]
    public void Scored_on_two_threads_the_portal_finds_what_one_thread_finds(string text, bool newest)
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(text), new SearchSettings())!;
        var request = new SearchRequest(ReaderQuery.Parse(text), Newest: newest);
        using var reader = new MultiReader(_districts, closeSubReaders: false);
        var pool = new ScoringHelperPool(1);

        var alone = SearchExecutor.Run(new PortalIndexSearcher(reader), built, request);
        var portal = new PortalIndexSearcher(reader, pool, minDocumentsToSplit: 0);
        var split = SearchExecutor.Run(portal, built with { Query = PrebuiltTermStates.Apply(built.Query, portal.TopReaderContext) }, request);

        Assert.True(alone.Top.TotalHits > 10, $"the query should match more than a page, matched {alone.Top.TotalHits}");
        Assert.Equal(alone.Top.TotalHits, split.Top.TotalHits);
        Assert.Equal(alone.Top.ScoreDocs.Select(d => (d.Doc, d.Score)), split.Top.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(0, pool.Busy);
    }

    [Fact]
    public void Ties_are_ordered_by_document_as_one_thread_orders_them()
    {
        // Every document has the same date: newest first is then document order, whichever thread found which.
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("dân"), new SearchSettings())!;
        using var reader = new MultiReader(_districts, closeSubReaders: false);
        var sort = new Sort(new SortField("no_such_field", SortFieldType.INT64, reverse: true));

        var alone = new IndexSearcher(reader).Search(built.Query, 30, sort);
        var split = new PortalIndexSearcher(reader, new ScoringHelperPool(1), minDocumentsToSplit: 0).Search(built.Query, 30, sort);

        Assert.Equal(alone.ScoreDocs.Select(d => d.Doc), split.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(alone.TotalHits, split.TotalHits);
    }

    [Fact]
    public void A_lent_helper_scores_segments_beside_the_calling_thread_and_each_segment_once()
    {
        var pool = new ScoringHelperPool(1);
        using var secondStarted = new ManualResetEventSlim();
        var caller = Environment.CurrentManagedThreadId;
        var scored = new System.Collections.Concurrent.ConcurrentBag<(int Leaf, int Thread)>();

        var collectors = LeafScoring.Run(Enumerable.Range(0, 6).ToArray(), pool, () => new List<int>(), (leaf, collector) =>
        {
            scored.Add((leaf, Environment.CurrentManagedThreadId));
            collector.Add(leaf);
            if (leaf == 0)
            {
                // The first segment is not done until another thread has taken the next one: only a helper can.
                Assert.True(secondStarted.Wait(TimeSpan.FromSeconds(30)), "no helper took a segment while the calling thread was busy");
            }
            else
            {
                secondStarted.Set();
            }
        });

        Assert.Equal(Enumerable.Range(0, 6), scored.Select(s => s.Leaf).Order());
        Assert.Contains(scored, s => s.Thread != caller);
        Assert.Equal(2, collectors.Count);

        // Each collector saw its segments in increasing order (what Lucene's in-order collectors need).
        Assert.All(collectors, c => Assert.Equal(c.Order(), c));
        Assert.Equal(0, pool.Busy);
    }

    [Fact]
    public void With_every_helper_busy_the_calling_thread_scores_everything_alone_in_order()
    {
        var pool = new ScoringHelperPool(1);
        Assert.True(pool.TryTake());
        var caller = Environment.CurrentManagedThreadId;
        var threads = new List<int>();

        var collectors = LeafScoring.Run(Enumerable.Range(0, 5).ToArray(), pool, () => new List<int>(), (leaf, collector) =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            collector.Add(leaf);
        });

        Assert.Equal([Enumerable.Range(0, 5).ToList()], collectors);
        Assert.All(threads, t => Assert.Equal(caller, t));
        Assert.Equal(1, pool.Busy);
        pool.Return();
    }

    [Fact]
    public void A_failure_on_any_thread_is_thrown_to_the_caller_and_the_helper_is_given_back()
    {
        var pool = new ScoringHelperPool(1);
        var error = Assert.Throws<InvalidOperationException>(() => LeafScoring.Run(Enumerable.Range(0, 8).ToArray(), pool, () => 0, (leaf, _) =>
        {
            if (leaf == 3)
            {
                throw new InvalidOperationException("segment 3");
            }
        }));

        Assert.Equal("segment 3", error.Message);
        Assert.Equal(0, pool.Busy);
    }

    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(0, 8, 7)]
    [InlineData(1, 8, 0)]
    [InlineData(4, 2, 1)]
    [InlineData(2, 1, 0)]
    public void The_pool_lends_fewer_helpers_than_there_are_cores(int threads, int cores, int helpers) =>
        Assert.Equal(helpers, ScoringHelperPool.CapacityFor(threads, cores));

    private IndexReader District(Random random, int number, int articles)
    {
        var directory = new RAMDirectory();
        _owned.Add(directory);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)))
        {
            for (var i = 0; i < articles; i++)
            {
                var document = new Document();
                foreach (var (role, length) in new[] { (SearchFields.Title, 4), (SearchFields.Body, 30) })
                {
                    var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[random.Next(Words.Length)]));
                    document.Add(new TextField(role + SearchFields.ExactSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.FoldedSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.ShinglesSuffix, text, Field.Store.NO));
                }

                // Dates repeat across districts: newest first has ties, ordered by document.
                document.Add(new NumericDocValuesField(SearchFields.DateSort, (i % 4) + number % 2));
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        _owned.Add(reader);
        return reader;
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }
}
