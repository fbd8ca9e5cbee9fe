using Lucene.Net.Store;

namespace DanVan.Search.Indexing;

/// <summary>
/// A <see cref="SimpleFSDirectory"/> that reads the parts of a segment a query scores from — terms dictionary,
/// postings, norms, doc values — into memory when the segment is opened, each part up to
/// <see cref="MaxInMemoryBytes"/>; stored fields and term vectors (read for a page's hits only), larger parts and
/// merges read from the file. A segment's files never change once written, so a copy is never stale. In the portal's
/// districts (~200 articles each) that is ~1 MB per open index; a query then clones inputs and reads them without a
/// system call or a lock per 1 KB (see <see cref="SearchIndexDirectory"/>). What every such directory holds is bounded
/// by an <see cref="InMemoryIndexBudget"/> (the process's unless given): past it, parts are read from their files.
/// </summary>
public sealed class PostingsInMemoryDirectory(string path, InMemoryIndexBudget? budget = null) : SimpleFSDirectory(path)
{
    private readonly InMemoryIndexBudget _budget = budget ?? InMemoryIndexBudget.Shared;

    /// <summary>Parts larger than this stay on disk (a large tenant's merged segments).</summary>
    public const long MaxInMemoryBytes = 1 << 20;

    // Read for the hits of a page, not while scoring: stored fields and term vectors (data and index).
    private static readonly string[] OnDisk = [".fdt", ".fdx", ".tvd", ".tvx", ".tvf"];

    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (!Scored(name, context))
        {
            return base.OpenInput(name, context);
        }

        var file = System.IO.Path.Combine(Directory.FullName, name);
        var length = new FileInfo(file).Length;
        return (length <= MaxInMemoryBytes ? InMemoryIndexInput.Read($"InMemoryIndexInput(path=\"{file}\")", file, 0, length, _budget) : null)
            ?? base.OpenInput(name, context);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        var onDisk = base.CreateSlicer(name, context);
        return Scored(name, context) ? new Slicer(System.IO.Path.Combine(Directory.FullName, name), onDisk, _budget) : onDisk;
    }

    private static bool Scored(string name, IOContext context) => context.Context != IOContext.UsageContext.MERGE &&
        !OnDisk.Any(extension => name.EndsWith(extension, StringComparison.Ordinal));

    /// <summary>A compound file's parts: each scored one read into memory, the others as the file's own slicer gives them.</summary>
    private sealed class Slicer(string file, IndexInputSlicer onDisk, InMemoryIndexBudget budget) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            (length <= MaxInMemoryBytes && Scored(sliceDescription, IOContext.READ)
                ? InMemoryIndexInput.Read($"InMemoryIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", file, offset, length, budget)
                : null)
            ?? onDisk.OpenSlice(sliceDescription, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => onDisk.OpenFullSlice();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                onDisk.Dispose();
            }
        }
    }
}
