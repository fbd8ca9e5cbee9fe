using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Tenancy;

/// <summary>Log messages of tenancy: the tenant store, setups, tenants' availability. Event ids 1000–1099.</summary>
internal static partial class TenancyLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "The setup of tenant {Tenant} was interrupted; it is now Failed and can be set up again.")]
    public static partial void InterruptedSetupFailed(ILogger logger, string tenant);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Released {Count} idle tenant(s).")]
    public static partial void IdleTenantsReleased(ILogger logger, int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Could not reload the tenant store; keeping the previous tenants.")]
    public static partial void StoreReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Could not renew the setup lease of tenant {Tenant}: {Reason}")]
    public static partial void LeaseRenewalFailed(ILogger logger, string tenant, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "The earlier setup of tenant {Tenant} was interrupted ({Why}); setting it up again.")]
    public static partial void SetupResumed(ILogger logger, string tenant, string why);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Setting up tenant {Tenant} failed: {Reason}")]
    public static partial void SetupFailed(ILogger logger, Exception exception, string tenant, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Tenant {Tenant} set up from {Recipes} in {Elapsed} ms.")]
    public static partial void SetUp(ILogger logger, string tenant, IEnumerable<string> recipes, long elapsed);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Could not drop the cached pages tagged {Tag}.")]
    public static partial void PageCacheEvictionFailed(ILogger logger, Exception exception, string tag);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Debug, Message = "Tenant store changed; reloading tenants.")]
    public static partial void StoreChanged(ILogger logger);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Error, Message = "{Problem} Keeping the last good list of {Count} tenant(s) until the file is fixed.")]
    public static partial void StoreUnreadable(ILogger logger, string problem, int count);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Tenant {Tenant} is available again: its database can be opened.")]
    public static partial void TenantAvailableAgain(ILogger logger, string tenant);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error, Message = "Releasing tenant {Tenant}: a module failed to close its resources.")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "Tenant {Tenant} is unavailable (answers 503): {Reason}. It was not re-created; restore the file and the tenant serves again.")]
    public static partial void TenantUnavailable(ILogger logger, string tenant, string reason);
}
