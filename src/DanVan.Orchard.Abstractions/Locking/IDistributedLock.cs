namespace DanVan.Orchard.Locking;

/// <summary>
/// A named lock held by one caller among all the nodes of the site (with Redis configured) or of this process (one
/// node): for work two nodes must never do at once on one tenant (setup, migrations). Dispose the handle to release it.
/// </summary>
public interface IDistributedLock
{
    /// <summary>The lock, waiting up to <paramref name="wait"/> for it (zero: only if free now); null if someone else still holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken);
}
