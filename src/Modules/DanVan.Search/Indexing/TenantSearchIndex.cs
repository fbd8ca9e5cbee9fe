using System.Globalization;
using DanVan.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace DanVan.Search.Indexing;

/// <summary>
/// One tenant's Lucene index on this node: the only writer (Lucene's lock file keeps it so), near-real-time searchers
/// refreshed after each applied batch, and the checkpoint — the last index task applied — kept in the commit's user
/// data, so the documents and the checkpoint are durable together and a restart resumes exactly where it stopped.
/// </summary>
public sealed class TenantSearchIndex : IDisposable
{
    private const string CheckpointKey = "checkpoint";
    private const string UpdatedKey = "updated";

    // Every task id up to it applied or never coming (see UnsettledTaskIds); missing in indexes written before it: the checkpoint.
    private const string SettledKey = "settled";

    // Written by the first complete rebuild and kept by every commit after it: an index without it (created, then the
    // process died before the rebuild ended) is rebuilt again.
    private const string CompleteKey = "complete";

    private static long _openings;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private volatile bool _disposed;
    private FileStream? _processLock;

    private TenantSearchIndex(string tenant, string path, LuceneDirectory directory, IndexWriter writer, bool needsRebuild)
    {
        Tenant = tenant;
        Path = path;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        var data = writer.CommitData;
        NeedsRebuild = needsRebuild || data is null || !data.ContainsKey(CompleteKey);
        Checkpoint = data is not null && data.TryGetValue(CheckpointKey, out var c) && long.TryParse(c, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var settled = data is not null && data.TryGetValue(SettledKey, out var s) && long.TryParse(s, CultureInfo.InvariantCulture, out var through) ? through : Checkpoint;
        Unsettled.Reopen(settled, Checkpoint);
        LastUpdatedUtc = data is not null && data.TryGetValue(UpdatedKey, out var u) && long.TryParse(u, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTime(ticks, DateTimeKind.Utc) : null;
    }

    public string Tenant { get; }

    /// <summary>Which opening of an index in this process this is: a reader's version alone repeats after a rebuild from nothing.</summary>
    public long OpenId { get; } = Interlocked.Increment(ref _openings);

    public string Path { get; }

    /// <summary>Taken by whoever applies tasks or rebuilds: one writer's work at a time.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    /// <summary>The index was just created (missing, first use, or found corrupt): it must be filled from the database.</summary>
    public bool NeedsRebuild { get; private set; }

    public long Checkpoint { get; private set; }

    /// <summary>Task ids at or below the checkpoint that may still appear (a writer on PostgreSQL had not committed); changed under <see cref="WriteLock"/>.</summary>
    public UnsettledTaskIds Unsettled { get; } = new();

    /// <summary>Every task id up to it is applied or never coming: what may be pruned is below it.</summary>
    public long SettledThrough => Unsettled.SettledThrough(Checkpoint);

    public DateTime? LastUpdatedUtc { get; private set; }

    /// <summary>
    /// Not known to be level with its tasks (just opened, or the worker applying them): readers are told the results
    /// are being updated. True from the opening, so no reader takes an index opened a moment ago for a current one;
    /// cleared by whoever applies tasks once none are left.
    /// </summary>
    public bool CatchingUp { get => _catchingUp; set => _catchingUp = value; }

    private volatile bool _catchingUp = true;

    /// <summary>While rebuilding: documents written and to write.</summary>
    public (int Done, int Total)? RebuildProgress { get; set; }

    public int DocumentCount => _writer.NumDocs;

    public bool IsDisposed => _disposed;

    /// <summary>
    /// Opens the index at <paramref name="path"/>, creating it when missing; one that cannot be read is deleted and
    /// created again (<paramref name="problem"/> says why), to be rebuilt from the database. Its files are read as
    /// <paramref name="kind"/> says.
    /// </summary>
    public static TenantSearchIndex Open(string tenant, string path, out string? problem, SearchIndexDirectory kind = SearchIndexDirectory.PostingsInMemory)
    {
        problem = null;
        var processLock = AcquireProcessLock(path);
        try
        {
            System.IO.Directory.CreateDirectory(path);
            TenantSearchIndex index;
            try
            {
                index = OpenAt(tenant, path, kind);
            }
            catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or FileNotFoundException or InvalidDataException)
            {
                problem = e.Message;
                System.IO.Directory.Delete(path, recursive: true);
                System.IO.Directory.CreateDirectory(path);
                index = OpenAt(tenant, path, kind);
            }

            index._processLock = processLock;
            return index;
        }
        catch
        {
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>The file beside the index folder that one process at a time holds while it has the index open.</summary>
    public static string ProcessLockPath(string path) => path.TrimEnd(System.IO.Path.DirectorySeparatorChar) + ".lock";

    /// <summary>
    /// Lucene's own lock file does not keep another process (the CLI, a second site on the same folder) out on every
    /// platform; an exclusive handle does (.NET holds it with flock on Unix), so a process never reads an index another
    /// is writing, nor takes it for corrupt and deletes it.
    /// </summary>
    /// <remarks>
    /// With <paramref name="deleteOnClose"/> (the index is being deleted) the file goes when it is let go, so it is never
    /// unlinked from under another process that holds it.
    /// </remarks>
    public static FileStream AcquireProcessLock(string path, bool deleteOnClose = false)
    {
        var lockPath = ProcessLockPath(path);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(lockPath)!);
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, deleteOnClose ? FileOptions.DeleteOnClose : FileOptions.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new SearchIndexHeldException(path, e);
        }
    }

    private static TenantSearchIndex OpenAt(string tenant, string path, SearchIndexDirectory kind)
    {
        var directory = SearchIndexDirectories.Open(path, kind);
        var fresh = !DirectoryReader.IndexExists(directory);
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 32,
            };
            writer = new IndexWriter(directory, config);
            var index = new TenantSearchIndex(tenant, path, directory, writer, fresh);
            if (fresh)
            {
                // A first commit, so the folder is a valid (empty) index even if the process dies before the rebuild ends.
                writer.Commit();
            }

            return index;
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Applies a batch and commits it with its checkpoint, then makes it visible to searches.</summary>
    public void Apply(IEnumerable<(string Id, Document? Document)> changes, long checkpoint)
    {
        foreach (var (id, document) in changes)
        {
            var term = new Term(SearchFields.Id, id);
            if (document is null)
            {
                _writer.DeleteDocuments(term);
            }
            else
            {
                _writer.UpdateDocument(term, document);
            }
        }

        Commit(checkpoint);
    }

    /// <summary>Starts a rebuild: everything is deleted (not visible until <see cref="FinishRebuild"/> commits).</summary>
    public void BeginRebuild() => _writer.DeleteAll();

    public void AddForRebuild(Document document) => _writer.AddDocument(document);

    public void FinishRebuild(long checkpoint)
    {
        // Marked complete only once readers can see the new documents: until then they are told it is being rebuilt.
        Commit(checkpoint, complete: true);
        NeedsRebuild = false;
        RebuildProgress = null;
    }

    private void Commit(long checkpoint) => Commit(checkpoint, complete: !NeedsRebuild);

    private void Commit(long checkpoint, bool complete)
    {
        var now = DateTime.UtcNow;
        var data = new Dictionary<string, string>
        {
            [CheckpointKey] = checkpoint.ToString(CultureInfo.InvariantCulture),
            [UpdatedKey] = now.Ticks.ToString(CultureInfo.InvariantCulture),
            [SettledKey] = Unsettled.SettledThrough(checkpoint).ToString(CultureInfo.InvariantCulture),
        };
        if (complete)
        {
            data[CompleteKey] = "1";
        }

        _writer.SetCommitData(data);
        _writer.Commit();
        Checkpoint = checkpoint;
        LastUpdatedUtc = now;
        _searchers.MaybeRefreshBlocking();
        SearchIndexStatusFile.TryWrite(Path, new(_writer.NumDocs, checkpoint, now));
    }

    /// <summary>
    /// The current searcher, or null when the index was closed meanwhile (idle, disabled, a failed update) — between
    /// finding it open and asking: the caller treats it as not ready. A searcher acquired stays readable until released.
    /// </summary>
    public IndexSearcher? TryAcquireSearcher()
    {
        if (_disposed)
        {
            return null;
        }

        try
        {
            return _searchers.Acquire();
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    public void ReleaseSearcher(IndexSearcher searcher) => _searchers.Release(searcher);

    /// <summary>The checkpoint of the index at <paramref name="path"/> without opening a writer; null when there is no index.</summary>
    public static long? ReadCheckpoint(string path) => ReadCommit(path)?.Checkpoint;

    /// <summary>Documents, checkpoint and last update of the index at <paramref name="path"/> read from disk (it is not open here); null when there is none.</summary>
    public static (int Documents, long Checkpoint, DateTime? UpdatedUtc)? ReadStatus(string path)
    {
        if (ReadCommit(path) is not { } commit)
        {
            return null;
        }

        try
        {
            using var directory = FSDirectory.Open(path);
            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            DateTime? updated = data.TryGetValue(UpdatedKey, out var u) && long.TryParse(u, CultureInfo.InvariantCulture, out var ticks)
                ? new DateTime(ticks, DateTimeKind.Utc) : null;
            return (reader.NumDocs, commit.Checkpoint, updated);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            return null;
        }
    }

    /// <summary>Whether the index at <paramref name="path"/> has been filled completely once (it can be searched without a rebuild).</summary>
    public static bool IsComplete(string path) => ReadCommit(path)?.Complete == true;

    private static (long Checkpoint, bool Complete)? ReadCommit(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return null;
        }

        try
        {
            using var directory = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }

            var infos = new SegmentInfos();
            infos.Read(directory);
            var checkpoint = infos.UserData.TryGetValue(CheckpointKey, out var c) && long.TryParse(c, CultureInfo.InvariantCulture, out var value) ? value : 0;
            return (checkpoint, infos.UserData.ContainsKey(CompleteKey));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            _searchers.Dispose();

            // Everything meant to last is committed with its checkpoint; closing must not commit a half-done rebuild
            // (Lucene 4.8's close commits), so whatever is pending is rolled back.
            _writer.Rollback();
        }
        finally
        {
            // Whatever failed above (the folder deleted under it), the files and the lock are let go.
            _directory.Dispose();
            _processLock?.Dispose();
        }
    }
}
