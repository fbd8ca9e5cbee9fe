using DanVan.Search;
using DanVan.Search.Analysis;
using DanVan.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// Newest first reads no score, so it runs the words' matching query (<see cref="SearchQueryBuilder.Built.Matching"/>):
/// without the syllable pairs and the exact tiers, which only score. It finds the same items, in the same order.
/// </summary>
public sealed class SearchNewestMatchingTests : IDisposable
{
    private static readonly string[] Words = ["dân", "vận", "vân", "khéo", "giải", "phóng", "mặt", "bằng", "Trà", "Lĩnh", "hội", "nghị"];
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SearchNewestMatchingTests()
    {
        var random = new Random(5);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)))
        {
            for (var i = 0; i < 60; i++)
            {
                var document = new Document { new NumericDocValuesField(SearchFields.DateSort, random.Next(0, 20)) };
                foreach (var (role, length) in new[] { (SearchFields.Title, 3), (SearchFields.Body, 12) })
                {
                    var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[random.Next(Words.Length)]));
                    document.Add(new TextField(role + SearchFields.ExactSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.FoldedSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.ShinglesSuffix, text, Field.Store.NO));
                }

                writer.AddDocument(document);
                if (i % 20 == 19)
                {
                    writer.Commit();
                }
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData("dân vận khéo")]
    [InlineData("vận")]
    [InlineData("dan van")]
    [InlineData("giải phóng mặt bằng hội nghị")]
    [InlineData("\"mặt bằng\" Trà Lĩnh")]
    public void Newest_first_finds_what_the_full_query_finds_in_the_same_order(string text)
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(text), new SearchSettings())!;
        var searcher = new IndexSearcher(_reader);
        var newest = new Sort(new SortField(SearchFields.DateSort, SortFieldType.INT64, reverse: true));

        var full = searcher.Search(built.Query, 100, newest);
        var (top, _) = SearchExecutor.Run(searcher, built, new SearchRequest(ReaderQuery.Parse(text), Newest: true, PageSize: 100));

        Assert.True(full.TotalHits > 0);
        Assert.Equal(full.TotalHits, top.TotalHits);
        Assert.Equal(full.ScoreDocs.Select(d => d.Doc), top.ScoreDocs.Select(d => d.Doc));
    }

    [Fact]
    public void The_matching_query_has_no_pairs_nor_exact_tiers()
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("dân vận khéo \"mặt bằng\""), new SearchSettings())!;
        var matching = Flatten(built.Matching).ToList();

        Assert.Contains(Flatten(built.Query), q => q is TermQuery { Term.Field: var f } && SearchFields.IsShingles(f));
        Assert.Contains(Flatten(built.Query), q => q is ConstantScoreQuery);
        Assert.DoesNotContain(matching, q => q is TermQuery { Term.Field: var f } && SearchFields.IsShingles(f));
        Assert.DoesNotContain(matching, q => q is ConstantScoreQuery);
        Assert.DoesNotContain(matching, q => q is PhraseQuery p && p.GetTerms().Any(t => SearchFields.IsExact(t.Field)));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static IEnumerable<Query> Flatten(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.SelectMany(c => Flatten(c.Query)).Prepend(query) : [query];
}
