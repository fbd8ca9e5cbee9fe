using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Data;

/// <summary>Log messages of the PostgreSQL provider's spare schemas. Event ids 1530–1539.</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(EventId = 1530, Level = LogLevel.Warning, Message = "Could not make spare schemas for schema key {SchemaKey}; setups copy the template meanwhile.")]
    public static partial void SpareTopUpFailed(ILogger logger, Exception exception, string schemaKey);

    [LoggerMessage(EventId = 1531, Level = LogLevel.Information, Message = "Dropped {Count} template and spare schema(s) of schema keys no node has used lately.")]
    public static partial void StaleSchemasDropped(ILogger logger, int count);
}
