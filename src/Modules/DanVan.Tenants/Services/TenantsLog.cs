namespace DanVan.Tenants.Services;

/// <summary>Log messages of provisioning and importing tenants. Event ids 2100–2199.</summary>
internal static partial class TenantsLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Provisioning tenant {Tenant} failed: {Reason}")]
    public static partial void ProvisioningFailed(ILogger logger, string tenant, string reason);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Tenant import {Job} stopped.")]
    public static partial void ImportStopped(ILogger logger, Exception exception, string job);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Turning on the features profile {Profile} requires failed in tenant {Tenant}.")]
    public static partial void RequiredFeaturesFailed(ILogger logger, Exception exception, string profile, string tenant);
}
