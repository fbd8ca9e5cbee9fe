using Microsoft.Extensions.Logging;

namespace DanVan.Contents.Scheduling;

/// <summary>Log messages of scheduled publishing. Event ids 2870–2879.</summary>
internal static partial class PublishScheduleLog
{
    [LoggerMessage(EventId = 2870, Level = LogLevel.Error, Message = "The scheduled publisher's turn failed; trying again at the next one.")]
    public static partial void TurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2871, Level = LogLevel.Warning, Message = "The scheduled publications of tenant {Tenant} could not be served; trying again in a minute.")]
    public static partial void TenantFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(EventId = 2872, Level = LogLevel.Information, Message = "Content item {ContentItemId} of {Tenant} published as scheduled for {PublishAtUtc:O}.")]
    public static partial void Published(ILogger logger, string contentItemId, string tenant, DateTime publishAtUtc);

    [LoggerMessage(EventId = 2873, Level = LogLevel.Information, Message = "The schedule of content item {ContentItemId} of {Tenant} was dropped: the item is deleted or already published.")]
    public static partial void Dropped(ILogger logger, string contentItemId, string tenant);

    [LoggerMessage(EventId = 2874, Level = LogLevel.Warning, Message = "The schedule of content item {ContentItemId} of {Tenant} was called off ({Reason}): the version scheduled is not the latest; nothing was published.")]
    public static partial void CalledOff(ILogger logger, string contentItemId, string tenant, DanVan.Contents.Data.ScheduleCancelReason reason);

    [LoggerMessage(EventId = 2875, Level = LogLevel.Debug, Message = "The scheduled publications of tenant {Tenant} are being served by another node; looking again shortly.")]
    public static partial void HeldElsewhere(ILogger logger, string tenant);
}
