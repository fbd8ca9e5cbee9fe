using Lucene.Net.Store;

namespace DanVan.Search.Indexing;

/// <summary>
/// How an index's files are read (<c>DanVan:Search:IndexDirectory</c>). Not memory-mapped by default, as
/// <see cref="FSDirectory.Open(string)"/> would pick on 64-bit Linux: Lucene.Net 4.8.0-beta00017's mapped inputs register
/// every clone in a <c>ConditionalWeakTable</c> (a dependent GC handle each, under the file's lock) so that closing can
/// reach them, and a query clones an input for each term in each segment — a portal query thousands over 100
/// districts. Those registrations were a third of the query's time, with longer garbage collections on top
/// (bench/README.md, "third pass").
/// </summary>
public enum SearchIndexDirectory
{
    /// <summary>What a query scores from held in memory, the rest read from the files (<see cref="PostingsInMemoryDirectory"/>).</summary>
    PostingsInMemory,

    /// <summary>Buffered reads through a file stream (<see cref="SimpleFSDirectory"/>): a system call and a lock per 1 KB read.</summary>
    SimpleFs,

    /// <summary>Memory-mapped (<see cref="MMapDirectory"/>), what the index used before.</summary>
    MMap,
}
