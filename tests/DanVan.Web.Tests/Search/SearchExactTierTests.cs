using DanVan.Search;
using DanVan.Search.Analysis;
using DanVan.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// A word typed with diacritics scores a flat tier when found as typed in any role. That tier is one set of documents
/// (<see cref="AnyTermFilter"/>), not one scorer per role whose scores are thrown away: it finds and scores as the per-role query did.
/// </summary>
public sealed class SearchExactTierTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SearchExactTierTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)))
        {
            foreach (var (title, body) in new[]
            {
                ("Dân vận khéo", "Vận động nhân dân."), ("Cô Vân hát", "Văn nghệ ở bản Vân."), ("Vấn đề đất đai", "Dân hỏi, cán bộ trả lời."),
                ("Dàn nhạc", "Dân vận khéo ở xã."), ("Tin vắn", "Không có từ nào."),
            })
            {
                var document = new Document();
                foreach (var (role, text) in new[] { (SearchFields.Title, title), (SearchFields.Body, body) })
                {
                    document.Add(new TextField(role + SearchFields.ExactSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.FoldedSuffix, text, Field.Store.NO));
                    document.Add(new TextField(role + SearchFields.ShinglesSuffix, text, Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData("vận")]
    [InlineData("dân vận")]
    [InlineData("Vân")]
    public void The_exact_tier_finds_and_scores_as_one_query_per_role_did(string text)
    {
        var settings = new SearchSettings();
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(text), settings)!;
        var searcher = new IndexSearcher(_reader);

        var ours = searcher.Search(built.Query, 10).ScoreDocs;
        var perRole = searcher.Search(PerRole(built.Query), 10).ScoreDocs;

        Assert.NotEmpty(ours);
        Assert.Equal(perRole.Select(d => (d.Doc, d.Score)), ours.Select(d => (d.Doc, d.Score)));

        // One clause per word for the exact tier, whatever the number of roles.
        Assert.Equal(text.Split(' ').Length, Flatten(built.Query).Count(q => q is ConstantScoreQuery { Filter: AnyTermFilter }));
        Assert.DoesNotContain(Flatten(built.Query), q => q is TermQuery { Term.Field: var field } && SearchFields.IsExact(field));
    }

    private static IEnumerable<Query> Flatten(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.SelectMany(c => Flatten(c.Query)).Prepend(query) : [query];

    /// <summary>The query with each terms-filter tier written as the per-role query it replaced.</summary>
    private static Query PerRole(Query query)
    {
        switch (query)
        {
            case ConstantScoreQuery { Filter: AnyTermFilter filter } constant:
                var anywhere = new BooleanQuery();
                foreach (var term in filter.Terms)
                {
                    anywhere.Add(new TermQuery(term), Occur.SHOULD);
                }

                return new ConstantScoreQuery(anywhere) { Boost = constant.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(PerRole(clause.Query), clause.Occur);
                }

                return copy;
            default:
                return query;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
