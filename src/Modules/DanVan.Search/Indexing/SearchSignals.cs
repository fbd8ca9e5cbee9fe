using System.Collections.Concurrent;
using System.Threading.Channels;

namespace DanVan.Search.Indexing;

/// <summary>Tenants whose index has work waiting, for the worker; a tenant already waiting is not queued twice.</summary>
public sealed class SearchSignals
{
    private readonly Channel<string> _channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.OrdinalIgnoreCase);

    public void Notify(string tenantName)
    {
        if (_waiting.TryAdd(tenantName, 0))
        {
            _channel.Writer.TryWrite(tenantName);
        }
    }

    public async IAsyncEnumerable<string> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var name in _channel.Reader.ReadAllAsync(cancellationToken))
        {
            _waiting.TryRemove(name, out _);
            yield return name;
        }
    }
}
