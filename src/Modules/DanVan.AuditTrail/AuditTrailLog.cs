namespace DanVan.AuditTrail;

/// <summary>Log messages of the audit trail. Event ids 2400–2499.</summary>
internal static partial class AuditTrailLog
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Error, Message = "Could not record {Event} of content item {ContentItemId} by {User} in the audit trail.")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string @event, string contentItemId, string? user);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Error, Message = "Could not record {Category}/{Event} by {User} in the audit trail.")]
    public static partial void EventRecordFailed(ILogger logger, Exception exception, string category, string @event, string? user);
}
