using Microsoft.Extensions.Logging;
using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.ScaleOut;

/// <summary>Log messages of running on several nodes (Redis: tenant changes, locks). Event ids 1470–1489.</summary>
internal static partial class ScaleOutLog
{
    [LoggerMessage(EventId = 1470, Level = LogLevel.Warning, Message = "Redis is unreachable ({FailureType} on {EndPoint}): this node keeps serving, but tenant changes and publishes of other nodes reach it only through the tenant store's polling until Redis is back.")]
    public static partial void ConnectionLost(ILogger logger, Exception? exception, string failureType, string endPoint);

    [LoggerMessage(EventId = 1471, Level = LogLevel.Warning, Message = "Redis is reachable again ({EndPoint}): reloading the tenants and dropping cached state that other nodes may have changed meanwhile.")]
    public static partial void ConnectionRestored(ILogger logger, string endPoint);

    [LoggerMessage(EventId = 1472, Level = LogLevel.Warning, Message = "Could not tell the other nodes that tenant {Tenant} changed ({Kind}); they see it at their next poll of the tenant store.")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string tenant, TenantChangeKind kind);

    [LoggerMessage(EventId = 1473, Level = LogLevel.Warning, Message = "Could not apply the change of tenant {Tenant} ({Kind}) made on another node.")]
    public static partial void ApplyFailed(ILogger logger, Exception exception, string tenant, TenantChangeKind kind);

    [LoggerMessage(EventId = 1474, Level = LogLevel.Debug, Message = "Tenant {Tenant} changed on another node ({Kind}).")]
    public static partial void ChangeReceived(ILogger logger, string tenant, TenantChangeKind kind);

    [LoggerMessage(EventId = 1475, Level = LogLevel.Warning, Message = "Redis is unreachable: the lock {Key} is taken on this node only.")]
    public static partial void LockFallsBackToLocal(ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 1476, Level = LogLevel.Error, Message = "The lock {Key} was lost (expired or taken by another node) while held.")]
    public static partial void LockLost(ILogger logger, string key);

    [LoggerMessage(EventId = 1477, Level = LogLevel.Warning, Message = "Could not renew or release the lock {Key}; it expires by itself.")]
    public static partial void LockRenewalFailed(ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 1485, Level = LogLevel.Warning, Message = "Copied {Count} data-protection keys from {From} (where an earlier version kept them) to {To}, so sign-ins and protected settings made before the upgrade stay valid.")]
    public static partial void KeyRingCopied(ILogger logger, int count, string from, string to);

    [LoggerMessage(EventId = 1486, Level = LogLevel.Warning, Message = "The shared data-protection key ring in Redis cannot be read (Redis not connected): sign-ins and forms answer 503 until it can.")]
    public static partial void KeyRingUnavailable(ILogger logger);

    [LoggerMessage(EventId = 1488, Level = LogLevel.Warning, Message = "Redis is unreachable: rate limits are counted on this node only until it is back.")]
    public static partial void RateCountersLocal(ILogger logger, Exception? exception);

    [LoggerMessage(EventId = 1489, Level = LogLevel.Information, Message = "Redis is reachable again: rate limits are counted across the nodes again.")]
    public static partial void RateCountersBack(ILogger logger);
}
