using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DanVan.Search.Indexing;

/// <summary>Opens an index folder as <see cref="SearchIndexDirectory"/> says.</summary>
public static class SearchIndexDirectories
{
    public static LuceneDirectory Open(string path, SearchIndexDirectory kind) => kind switch
    {
        SearchIndexDirectory.MMap => new MMapDirectory(path),
        SearchIndexDirectory.SimpleFs => new SimpleFSDirectory(path),
        _ => new PostingsInMemoryDirectory(path),
    };
}
