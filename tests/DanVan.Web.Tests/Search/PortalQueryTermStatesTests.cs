using DanVan.Search;
using DanVan.Search.Analysis;
using DanVan.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// The portal's query over the districts' multi-reader looks each term up once per segment, before the weight is made
/// (<see cref="PrebuiltTermStates"/>), and sums each field's statistics once (<see cref="PortalIndexSearcher"/>); the
/// hits, their order and their scores are Lucene's own (scoring each segment in order, as the portal does: see
/// <see cref="InOrderWeight"/>).
/// </summary>
public sealed class PortalQueryTermStatesTests : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly CountingReader[] _districts;

    public PortalQueryTermStatesTests()
    {
        _districts =
        [
            District(("Hội nghị dân vận khéo ở Hòa An", "Dân vận khéo là phong trào của cả hệ thống chính trị."), ("Giải phóng mặt bằng", "Vận động giải phóng mặt bằng đường tỉnh.")),
            District(("Trà Lĩnh sơ kết dân vận", "Văn nghệ ở xã Trà Lĩnh, cô Vân hát."), ("Cựu chiến binh", "Cựu chiến binh giúp dân vận động hiến đất.")),
            District(("Vân Hồ", "Nhà văn hóa mới ở bản Vân."), ("Dân vận khéo giải phóng mặt bằng", "Mặt bằng sạch nhờ dân vận khéo.")),
        ];
    }

    [Theory]
    [InlineData("dân vận khéo")]
    [InlineData("dan van")]
    [InlineData("vận")]
    [InlineData("giải phóng mặt bằng \"mặt bằng\"")]
    [InlineData("không có ở đâu")]
    public void The_prebuilt_query_finds_the_same_hits_in_the_same_order_with_the_same_scores(string text)
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(text), new SearchSettings())!;
        using var reader = new MultiReader(_districts, closeSubReaders: false);

        var lucene = InOrder(reader, built.Query);
        var portal = new PortalIndexSearcher(reader);
        var ours = portal.Search(PrebuiltTermStates.Apply(built.Query, portal.TopReaderContext), 10).ScoreDocs;

        Assert.Equal(lucene.Select(d => (d.Doc, d.Score)), ours.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void The_weight_of_the_prebuilt_query_seeks_no_term_again_where_Lucene_seeks_each_term_in_each_district()
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("dân vận khéo"), new SearchSettings())!;
        using var reader = new MultiReader(_districts, closeSubReaders: false);

        new IndexSearcher(reader).CreateNormalizedWeight(built.Query);
        Assert.True(Enumerators() >= _districts.Length * 3, $"Lucene's own weight opened {Enumerators()} terms enumerators");

        var portal = new PortalIndexSearcher(reader);
        var prebuilt = PrebuiltTermStates.Apply(built.Query, portal.TopReaderContext);

        // One enumerator per district's segment and field, whatever the number of words looked up in it.
        Assert.InRange(Enumerators(), 1, _districts.Length * SearchFields.TextRoles.Length * 3);
        portal.CreateNormalizedWeight(prebuilt);
        Assert.Equal(0, Enumerators());
    }

    [Fact]
    public void Searching_with_the_prebuilt_query_seeks_no_term_the_exact_tier_included()
    {
        // Accented words: each has an exact tier (a filter over the roles' exact terms) beside its folded terms.
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("dân vận khéo"), new SearchSettings())!;
        using var reader = new MultiReader(_districts, closeSubReaders: false);

        var lucene = InOrder(reader, built.Query);
        Assert.True(Seeks() >= _districts.Length * 3, "Lucene's own search seeks each word in each district");

        var portal = new PortalIndexSearcher(reader);
        var prebuilt = PrebuiltTermStates.Apply(built.Query, portal.TopReaderContext);
        Seeks();
        var ours = portal.Search(prebuilt, 10).ScoreDocs;

        Assert.Equal(0, Seeks());
        Assert.Equal(lucene.Select(d => (d.Doc, d.Score)), ours.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void The_exact_tier_given_another_readers_states_seeks_its_terms_and_finds_the_same_documents()
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("vận"), new SearchSettings())!;
        using var reader = new MultiReader(_districts, closeSubReaders: false);
        using var other = new MultiReader(_districts.Reverse().ToArray(), closeSubReaders: false);
        var searcher = new PortalIndexSearcher(reader);

        // States built for another top reader (another query's multi-reader) are not read: a segment's ord differs there.
        var stale = PrebuiltTermStates.Apply(built.Query, new PortalIndexSearcher(other).TopReaderContext);
        Seeks();
        var hits = searcher.Search(Filters(stale), 10).ScoreDocs;

        Assert.True(Seeks() > 0);
        Assert.Equal(new IndexSearcher(reader).Search(Filters(built.Query), 10).ScoreDocs.Select(d => d.Doc), hits.Select(d => d.Doc));
        Assert.NotEmpty(hits);
    }

    [Fact]
    public void A_term_a_segment_was_asked_for_is_not_sought_again_and_a_new_segment_is_asked_afresh()
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("cựu chiến binh"), new SearchSettings())!;
        using (var reader = new MultiReader(_districts, closeSubReaders: false))
        {
            var portal = new PortalIndexSearcher(reader);
            var first = portal.Search(PrebuiltTermStates.Apply(built.Query, portal.TopReaderContext), 10).ScoreDocs;
            Assert.True(Enumerators() > 0);
            Assert.Single(first);

            // Another query (another multi-reader) over the same segments: every answer is kept with its segment.
            using var again = new MultiReader(_districts, closeSubReaders: false);
            var searcher = new PortalIndexSearcher(again);
            var prebuilt = PrebuiltTermStates.Apply(built.Query, searcher.TopReaderContext);
            Assert.Equal(0, Enumerators());
            Assert.Equal(first.Select(d => (d.Doc, d.Score)), searcher.Search(prebuilt, 10).ScoreDocs.Select(d => (d.Doc, d.Score)));
        }

        // A district with a new segment holding the words: found there, as Lucene finds it.
        var changed = District(("Cựu chiến binh Hòa An", "Hội cựu chiến binh."));
        using var withNew = new MultiReader([_districts[0], changed], closeSubReaders: false);
        var ours = new PortalIndexSearcher(withNew);
        var hits = ours.Search(PrebuiltTermStates.Apply(built.Query, ours.TopReaderContext), 10).ScoreDocs;
        Assert.Equal(InOrder(withNew, built.Query).Select(d => (d.Doc, d.Score)), hits.Select(d => (d.Doc, d.Score)));
        Assert.Single(hits);
    }

    [Fact]
    public void What_is_kept_is_bounded_over_every_segment_whatever_words_are_asked()
    {
        // Random words asked in many segments (a crawler's queries over a hundred districts) never keep more than the budget.
        var kept = new SegmentTermStates(maxTerms: 300);
        var segments = Enumerable.Range(0, 40).Select(_ => SegmentTermStates.SegmentOf(new object())).ToArray();
        for (var i = 0; i < 2_000; i++)
        {
            kept.Add(segments[i % segments.Length], new Term("body_f", "tu" + i), SegmentTermStates.Found.Absent);
            Assert.InRange(kept.Count, 1, 300);
        }
    }

    [Fact]
    public void A_segment_keeps_its_number_and_another_segment_has_another()
    {
        var core = new object();
        Assert.Equal(SegmentTermStates.SegmentOf(core), SegmentTermStates.SegmentOf(core));
        Assert.NotEqual(SegmentTermStates.SegmentOf(core), SegmentTermStates.SegmentOf(new object()));
    }

    [Fact]
    public void A_fields_statistics_are_Lucenes_own_over_every_district()
    {
        using var reader = new MultiReader(_districts, closeSubReaders: false);
        var lucene = new IndexSearcher(reader);
        var portal = new PortalIndexSearcher(reader);
        foreach (var field in new[] { "title_f", "body_x", "body_s", "tags_f", "nowhere" })
        {
            var expected = lucene.CollectionStatistics(field);
            var actual = portal.CollectionStatistics(field);
            Assert.Equal((expected.MaxDoc, expected.DocCount, expected.SumTotalTermFreq, expected.SumDocFreq), (actual.MaxDoc, actual.DocCount, actual.SumTotalTermFreq, actual.SumDocFreq));
        }
    }

    /// <summary>Lucene's top 10, each segment scored in order (its in-order collector): no wrapper of ours involved.</summary>
    private static ScoreDoc[] InOrder(IndexReader reader, Query query)
    {
        var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
        new IndexSearcher(reader).Search(query, collector);
        return collector.GetTopDocs().ScoreDocs;
    }

    /// <summary>The query's exact-tier filters alone, as one query (documents having the word as typed in any role).</summary>
    private static Query Filters(Query query)
    {
        var filters = new BooleanQuery();
        foreach (var filter in Flatten(query).OfType<ConstantScoreQuery>().Where(c => c.Filter is AnyTermFilter))
        {
            filters.Add(filter, Occur.SHOULD);
        }

        return filters;
    }

    private static IEnumerable<Query> Flatten(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.SelectMany(c => Flatten(c.Query)).Prepend(query) : [query];

    /// <summary>Terms looked up by their text (not from a state kept) over every district since the last call.</summary>
    private int Seeks()
    {
        var count = _districts.Sum(d => d.Seeks);
        foreach (var district in _districts)
        {
            district.Seeks = 0;
        }

        return count;
    }

    /// <summary>Terms enumerators opened over every district since the last call.</summary>
    private int Enumerators()
    {
        var count = _districts.Sum(d => d.Enumerators);
        foreach (var district in _districts)
        {
            district.Enumerators = 0;
        }

        return count;
    }

    private CountingReader District(params (string Title, string Body)[] articles)
    {
        var directory = new RAMDirectory();
        _owned.Add(directory);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)))
        {
            foreach (var (title, body) in articles)
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

        var reader = DirectoryReader.Open(directory);
        _owned.Add(reader);
        return new CountingReader(reader.Leaves.Single().AtomicReader);
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }

    /// <summary>A district's segment that counts the terms enumerators opened on it.</summary>
    private sealed class CountingReader(AtomicReader segment) : FilterAtomicReader(segment)
    {
        public int Enumerators { get; set; }

        public int Seeks { get; set; }

        public override Fields Fields => new CountingFields(base.Fields, this);

        private sealed class CountingFields(Fields fields, CountingReader owner) : FilterFields(fields)
        {
            public override Terms GetTerms(string field) => base.GetTerms(field) is { } terms ? new CountingTerms(terms, owner) : null!;
        }

        private sealed class CountingTerms(Terms terms, CountingReader owner) : FilterTerms(terms)
        {
            public override TermsEnum GetEnumerator()
            {
                owner.Enumerators++;
                return new CountingTermsEnum(base.GetEnumerator(), owner);
            }
        }

        private sealed class CountingTermsEnum(TermsEnum terms, CountingReader owner) : FilterTermsEnum(terms)
        {
            public override bool SeekExact(Lucene.Net.Util.BytesRef text)
            {
                owner.Seeks++;
                return m_input.SeekExact(text);
            }

            public override SeekStatus SeekCeil(Lucene.Net.Util.BytesRef text)
            {
                owner.Seeks++;
                return base.SeekCeil(text);
            }

            // The segment's own states, and positioned from a state kept without a lookup (FilterTermsEnum does neither).
            public override TermState GetTermState() => m_input.GetTermState();

            public override void SeekExact(Lucene.Net.Util.BytesRef term, TermState state) => m_input.SeekExact(term, state);
        }
    }
}
