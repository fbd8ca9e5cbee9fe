using System.Collections.Concurrent;

namespace DanVan.Orchard.Locking;

/// <summary>One node: the lock is this process's. What several processes on one machine share (the tenant store) has its own file lock.</summary>
public sealed class LocalDistributedLock : IDistributedLock
{
    // Never removed: the keys are a few per tenant (setup, migrations), so the map stays as small as the tenant list.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        var semaphore = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        return await semaphore.WaitAsync(wait, cancellationToken) ? new Held(semaphore) : null;
    }

    private sealed class Held(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
