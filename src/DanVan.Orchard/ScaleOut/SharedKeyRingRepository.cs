using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// The nodes' one key ring, in Redis, read through this node's connection once it is connected. Never waits for Redis:
/// before the first connection (Redis down at start) it throws <see cref="KeyRingUnavailableException"/> at once, which
/// the site answers with 503 for what needs the ring (sign-in, forms); once the ring was read, ASP.NET keeps using
/// the copy it holds while Redis is away.
/// </summary>
internal sealed class SharedKeyRingRepository(RedisConnection connection, ILogger<SharedKeyRingRepository> logger) : IXmlRepository
{
    private RedisXmlRepository? _inner;
    private int _reportedUnavailable;

    public IReadOnlyCollection<XElement> GetAllElements() => Inner().GetAllElements();

    public void StoreElement(XElement element, string friendlyName) => Inner().StoreElement(element, friendlyName);

    private RedisXmlRepository Inner()
    {
        if (connection.Current is not { IsConnected: true } multiplexer)
        {
            connection.StartConnecting();
            if (Interlocked.Exchange(ref _reportedUnavailable, 1) == 0)
            {
                ScaleOutLog.KeyRingUnavailable(logger);
            }

            throw new KeyRingUnavailableException();
        }

        Volatile.Write(ref _reportedUnavailable, 0);
        return _inner ??= new RedisXmlRepository(() => multiplexer.GetDatabase(), connection.Key("data-protection-keys"));
    }
}
