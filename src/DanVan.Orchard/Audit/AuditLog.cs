using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Audit;

/// <summary>Log messages of the audit recorder. Event ids 3300–3309.</summary>
internal static partial class AuditLog
{
    [LoggerMessage(EventId = 3300, Level = LogLevel.Error, Message = "Could not hand the audit event {Category}/{Name} to its handlers.")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string category, string name);
}
