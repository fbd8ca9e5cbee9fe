using DanVan.Search;
using DanVan.Search.Analysis;
using DanVan.Search.Indexing;
using DanVan.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// An index's parts a query scores from are held in memory (<see cref="PostingsInMemoryDirectory"/>), stored fields and
/// merges read from the files: what is found, scored and shown is what the memory-mapped index gives.
/// </summary>
public sealed class PostingsInMemoryDirectoryTests : IDisposable
{
    private static readonly (string Title, string Body)[] Articles =
    [
        ("Dân vận khéo ở Hòa An", "Dân vận khéo là phong trào của cả hệ thống chính trị."), ("Giải phóng mặt bằng", "Vận động giải phóng mặt bằng đường tỉnh."),
        ("Trà Lĩnh sơ kết dân vận", "Văn nghệ ở xã Trà Lĩnh, cô Vân hát."), ("Cựu chiến binh", "Cựu chiến binh giúp dân vận động hiến đất."),
        ("Vân Hồ", "Nhà văn hóa mới ở bản Vân."), ("Dân vận khéo giải phóng mặt bằng", "Mặt bằng sạch nhờ dân vận khéo."),
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), "danvan-postings-in-memory-" + Guid.NewGuid().ToString("N"));

    public PostingsInMemoryDirectoryTests()
    {
        // Two segments: a compound one (as small flushed segments are) and one in separate files (as large merged ones are).
        using var directory = new PostingsInMemoryDirectory(_path);
        Write(directory, Articles[..3], compound: true);
        Write(directory, Articles[3..], compound: false);
    }

    [Theory]
    [InlineData("dân vận khéo")]
    [InlineData("dan van")]
    [InlineData("vận")]
    [InlineData("giải phóng \"mặt bằng\"")]
    public void An_index_with_its_scored_parts_in_memory_finds_scores_and_shows_as_a_mapped_one(string text)
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse(text), new SearchSettings())!;
        using var inMemory = new PostingsInMemoryDirectory(_path);
        using var mapped = new MMapDirectory(_path);

        var expected = Search(mapped, built.Query);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Search(inMemory, built.Query));
    }

    [Fact]
    public void The_parts_a_query_scores_from_are_in_memory_and_stored_fields_and_merges_read_the_files()
    {
        using var directory = new PostingsInMemoryDirectory(_path);
        var files = directory.ListAll();
        var compound = files.Single(f => f.EndsWith(".cfs", StringComparison.Ordinal));
        using (var parts = new CompoundFileDirectory(directory, compound, IOContext.READ, openForWrite: false))
        {
            foreach (var part in parts.ListAll())
            {
                using var input = parts.OpenInput(part, IOContext.READ);
                Assert.Equal(!IsStoredFields(part), input is InMemoryIndexInput);
            }
        }

        var postings = files.First(f => f.EndsWith(".doc", StringComparison.Ordinal));
        using (var input = directory.OpenInput(postings, IOContext.READ))
        {
            Assert.IsType<InMemoryIndexInput>(input);
        }

        using (var input = directory.OpenInput(files.First(IsStoredFields), IOContext.READ))
        {
            Assert.IsNotType<InMemoryIndexInput>(input);
        }

        using (var merging = directory.OpenInput(postings, new IOContext(new MergeInfo(1, 1, false, 1))))
        {
            Assert.IsNotType<InMemoryIndexInput>(merging);
        }
    }

    [Fact]
    public void What_the_readers_hold_in_memory_is_charged_to_the_budget_and_given_back_when_they_close()
    {
        var budget = new InMemoryIndexBudget(64L << 20);
        using var directory = new PostingsInMemoryDirectory(_path, budget);

        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.True(budget.UsedBytes > 0);
            var hits = new IndexSearcher(reader).Search(new MatchAllDocsQuery(), 10);
            Assert.Equal(Articles.Length, hits.TotalHits);
        }

        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void Past_the_budget_the_parts_are_read_from_their_files_and_find_the_same()
    {
        var built = SearchQueryBuilder.Build(ReaderQuery.Parse("dân vận khéo"), new SearchSettings())!;
        using var unbounded = new PostingsInMemoryDirectory(_path, new InMemoryIndexBudget(64L << 20));
        var none = new InMemoryIndexBudget(0);
        using var bounded = new PostingsInMemoryDirectory(_path, none);

        var postings = bounded.ListAll().First(f => f.EndsWith(".doc", StringComparison.Ordinal));
        using (var input = bounded.OpenInput(postings, IOContext.READ))
        {
            Assert.IsNotType<InMemoryIndexInput>(input);
        }

        Assert.Equal(Search(unbounded, built.Query), Search(bounded, built.Query));
        Assert.Equal(0, none.UsedBytes);
    }

    [Fact]
    public void A_clone_closed_gives_nothing_back_and_the_input_gives_its_bytes_back_once()
    {
        var file = Path.Combine(_path, "budget.bin");
        File.WriteAllBytes(file, new byte[100]);
        var budget = new InMemoryIndexBudget(150);

        var input = InMemoryIndexInput.Read("test", file, 0, 100, budget)!;
        Assert.Null(InMemoryIndexInput.Read("second", file, 0, 100, budget));
        ((IndexInput)input.Clone()).Dispose();
        Assert.Equal(100, budget.UsedBytes);
        input.Dispose();
        input.Dispose();
        Assert.Equal(0, budget.UsedBytes);
    }

    [Fact]
    public void An_input_in_memory_reads_seeks_and_clones_as_a_file_input_does()
    {
        var file = Path.Combine(_path, "bytes.bin");
        File.WriteAllBytes(file, Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

        using var input = InMemoryIndexInput.Read("test", file, offset: 8, length: 10);
        Assert.Equal(10, input.Length);
        Assert.Equal(8, input.ReadByte());
        var clone = (IndexInput)input.Clone();
        var read = new byte[4];
        input.ReadBytes(read, 0, 4);
        Assert.Equal(new byte[] { 9, 10, 11, 12 }, read);
        Assert.Equal(5, input.Position);

        // A clone starts where its original was and moves on its own.
        Assert.Equal(1, clone.Position);
        Assert.Equal(9, clone.ReadByte());
        clone.Seek(9);
        Assert.Equal(17, clone.ReadByte());
        Assert.Throws<EndOfStreamException>(() => clone.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[6], 0, 6));
        Assert.Throws<EndOfStreamException>(() => input.Seek(11));
        Assert.Equal(5, input.Position);
    }

    [Fact]
    public void A_tenant_index_holds_its_scored_parts_in_memory_unless_configured_otherwise()
    {
        Assert.Equal(SearchIndexDirectory.PostingsInMemory, new SearchOptions().IndexDirectory);
        foreach (var (kind, expected) in new[] { (SearchIndexDirectory.PostingsInMemory, typeof(PostingsInMemoryDirectory)), (SearchIndexDirectory.MMap, typeof(MMapDirectory)), (SearchIndexDirectory.SimpleFs, typeof(SimpleFSDirectory)) })
        {
            var path = Path.Combine(_path, "tenant-" + kind);
            using (var index = TenantSearchIndex.Open("Tenant", path, out _, kind))
            {
                var searcher = index.TryAcquireSearcher()!;
                try
                {
                    Assert.IsType(expected, ((DirectoryReader)searcher.IndexReader).Directory);
                }
                finally
                {
                    index.ReleaseSearcher(searcher);
                }
            }

            File.Delete(TenantSearchIndex.ProcessLockPath(path));
        }
    }

    public void Dispose() => System.IO.Directory.Delete(_path, recursive: true);

    private static bool IsStoredFields(string file) => file.EndsWith(".fdt", StringComparison.Ordinal) || file.EndsWith(".fdx", StringComparison.Ordinal);

    private static List<(int Doc, float Score, string Title)> Search(Lucene.Net.Store.Directory directory, Query query)
    {
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        var searcher = new IndexSearcher(reader);
        return searcher.Search(query, 10).ScoreDocs.Select(d => (d.Doc, d.Score, searcher.Doc(d.Doc).Get(SearchFields.Title, System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    private static void Write(Lucene.Net.Store.Directory directory, IEnumerable<(string Title, string Body)> articles, bool compound)
    {
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance) { UseCompoundFile = compound, MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using var writer = new IndexWriter(directory, config);
        foreach (var (title, body) in articles)
        {
            var document = new Document { new StoredField(SearchFields.Title, title) };
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
}
