namespace DanVan.Search.Indexing;

/// <summary>The lock of an index being removed: nobody opens the index meanwhile; the lock file goes when it is disposed.</summary>
public sealed class SearchIndexRemovalHold(string path, FileStream processLock) : IDisposable
{
    public void DeleteIndex()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    public void Dispose() => processLock.Dispose();
}
