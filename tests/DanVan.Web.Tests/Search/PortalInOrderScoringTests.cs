using DanVan.Search;
using DanVan.Search.Analysis;
using DanVan.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// The portal scores each segment in order (<see cref="InOrderWeight"/>): a one-word query no longer makes Lucene's
/// out-of-order scorer allocate its 2,048-bucket table in every district's segment, and it finds the same documents in
/// the same order, with the same scores but for the rounding of a sum taken in another order.
/// </summary>
public sealed class PortalInOrderScoringTests : IDisposable
{
    private static readonly string[] Words = ["dân", "vận", "vân", "khéo", "hội", "nghị", "Trà", "Lĩnh", "văn", "hóa"];
    private readonly List<IDisposable> _owned = [];
    private readonly IndexReader[] _districts;

    public PortalInOrderScoringTests()
    {
        var random = new Random(7);
        _districts = Enumerable.Range(0, 20).Select(_ => District(random)).ToArray();
    }

    [Theory]
    [InlineData("vận")]
    [InlineData("van")]
    [InlineData("dân vận khéo")]
    public void Scored_in_order_the_portal_finds_what_lucene_finds_out_of_order(string text)
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(text), new SearchSettings())!;
        using var reader = new MultiReader(_districts, closeSubReaders: false);

        var lucene = new IndexSearcher(reader).Search(built.Query, 50);
        var portal = new PortalIndexSearcher(reader).Search(built.Query, 50);

        Assert.Equal(lucene.TotalHits, portal.TotalHits);
        Assert.Equal(lucene.ScoreDocs.Select(d => d.Doc), portal.ScoreDocs.Select(d => d.Doc));
        Assert.All(lucene.ScoreDocs.Zip(portal.ScoreDocs), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-6f));
    }

    [Fact]
    public void A_one_word_query_over_many_segments_allocates_no_bucket_table_per_segment()
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("van"), new SearchSettings())!;
        using var reader = new MultiReader(_districts, closeSubReaders: false);
        var lucene = new IndexSearcher(reader);
        var portal = new PortalIndexSearcher(reader);
        lucene.Search(built.Query, 10);
        portal.Search(built.Query, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        lucene.Search(built.Query, 10);
        var outOfOrder = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        portal.Search(built.Query, 10);
        var inOrder = GC.GetAllocatedBytesForCurrentThread() - before;

        // Out of order: ~100 KB of buckets in each of the 20 segments.
        Assert.True(outOfOrder > _districts.Length * 64 * 1024, $"Lucene out of order allocated {outOfOrder} bytes");
        Assert.True(inOrder < outOfOrder / 4, $"in order {inOrder} bytes, out of order {outOfOrder} bytes");
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }

    private IndexReader District(Random random)
    {
        var directory = new RAMDirectory();
        _owned.Add(directory);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)))
        {
            for (var i = 0; i < 8; i++)
            {
                var document = new Document();
                foreach (var (role, length) in new[] { (SearchFields.Title, 4), (SearchFields.Body, 30) })
                {
                    var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[random.Next(Words.Length)]));
                    document.Add(new TextField(role + SearchFields.ExactSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.FoldedSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.ShinglesSuffix, text, Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        _owned.Add(reader);
        return reader;
    }
}
