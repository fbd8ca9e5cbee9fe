namespace DanVan.Orchard.Locking;

public static class DistributedLockExtensions
{
    /// <summary>The lock, or a <see cref="LockTimeoutException"/> naming it when it is still held by someone else after <paramref name="wait"/>.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(this IDistributedLock locks, string key, TimeSpan wait, CancellationToken cancellationToken) =>
        await locks.TryAcquireAsync(key, wait, cancellationToken) ?? throw new LockTimeoutException(key, wait);
}
