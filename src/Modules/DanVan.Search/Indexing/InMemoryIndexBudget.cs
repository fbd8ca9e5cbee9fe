namespace DanVan.Search.Indexing;

/// <summary>
/// How many bytes of index parts every <see cref="PostingsInMemoryDirectory"/> of the process may hold at once. A
/// portal query opens every district's index: at ~1 MB each, a thousand districts would otherwise keep a gigabyte in
/// the heap. Past the budget a part is read from its file (slower, never wrong); a part's bytes return to the budget
/// when the segment that read it is closed.
/// </summary>
public sealed class InMemoryIndexBudget(long limitBytes)
{
    /// <summary>The process's budget: 256 MB, a quarter of what a node serving a thousand districts may use.</summary>
    public static InMemoryIndexBudget Shared { get; } = new(256L << 20);

    private long _used;

    public long LimitBytes => limitBytes;

    public long UsedBytes => Interlocked.Read(ref _used);

    /// <summary>Takes <paramref name="bytes"/> from the budget; false (nothing taken) when they do not fit.</summary>
    public bool TryTake(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) <= limitBytes)
        {
            return true;
        }

        Interlocked.Add(ref _used, -bytes);
        return false;
    }

    public void Release(long bytes) => Interlocked.Add(ref _used, -bytes);
}
