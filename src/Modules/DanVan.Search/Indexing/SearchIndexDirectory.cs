using Lucene.Net.Store;

namespace DanVan.Search.Indexing;

/// <summary>
/// How an index's files are read (<c>DanVan:Search:IndexDirectory</c>). <see cref="SimpleFs"/> by default: Lucene.Net
/// 4.8.0-beta00017's memory-mapped inputs register every clone in a <c>ConditionalWeakTable</c> (one dependent GC handle
/// each, under the file's lock) so that closing can reach them. A query clones an input for each term in each segment
/// — a portal query ~2,000–4,000 clones over 100 districts — and those registrations were a third of the query's time,
/// with longer garbage collections on top (measured in bench/README.md, "third pass"). Buffered file reads cost a
/// system call per 1 KB read instead, which is less.
/// </summary>
public enum SearchIndexDirectory
{
    /// <summary>Buffered reads through a file stream (<see cref="SimpleFSDirectory"/>).</summary>
    SimpleFs,

    /// <summary>Memory-mapped (<see cref="MMapDirectory"/>, what <see cref="FSDirectory.Open(string)"/> picks on 64-bit Linux).</summary>
    MMap,

    /// <summary>Positional reads through a file stream (<see cref="NIOFSDirectory"/>).</summary>
    NioFs,
}
