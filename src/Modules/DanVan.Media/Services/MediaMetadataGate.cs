using System.Collections.Concurrent;

namespace DanVan.Media.Services;

/// <summary>
/// One change at a time to a tenant's media metadata document (alt, caption, owner of every file). The document is
/// read, changed and saved whole, so parallel uploads each recording their owner would otherwise lose each other's
/// entries. A singleton, so the gate holds within one process; nodes sharing a database could still race (rare: an
/// upload on each node within the same few milliseconds).
/// </summary>
public sealed class MediaMetadataGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string tenant, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(tenant, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
