namespace DanVan.Email;

/// <summary>Log messages of the outbox and its sender. Event ids 2500–2599.</summary>
internal static partial class EmailOutboxLog
{
    [LoggerMessage(EventId = 2500, Level = LogLevel.Error, Message = "The outbox sender's turn failed; trying again at the next one.")]
    public static partial void TurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2501, Level = LogLevel.Warning, Message = "The outbox of tenant {Tenant} could not be served; trying again in a minute.")]
    public static partial void TenantFailed(ILogger logger, Exception exception, string tenant);

    // Recipient and subject only: bodies hold password links, which must never reach a log.
    [LoggerMessage(EventId = 2502, Level = LogLevel.Information, Message = "E-mail to {To} queued in the outbox of {Tenant} (subject: {Subject}).")]
    public static partial void Queued(ILogger logger, string to, string tenant, string subject);

    [LoggerMessage(EventId = 2503, Level = LogLevel.Information, Message = "E-mail {MessageId} to {To} of {Tenant} delivered: {Answer}")]
    public static partial void Delivered(ILogger logger, string messageId, string to, string tenant, string answer);

    [LoggerMessage(EventId = 2504, Level = LogLevel.Warning, Message = "Mail server of {Tenant} refused or unreachable: {Error}")]
    public static partial void ServerUnreachable(ILogger logger, string tenant, string error);

    [LoggerMessage(EventId = 2505, Level = LogLevel.Warning, Message = "E-mail {MessageId} of {Tenant} was sent after its lease had passed to another sender.")]
    public static partial void SentAfterLease(ILogger logger, string messageId, string tenant);

    [LoggerMessage(EventId = 2506, Level = LogLevel.Error, Message = "E-mail {MessageId} to {To} of {Tenant} failed after {Attempts} attempts: {Error}")]
    public static partial void Failed(ILogger logger, string messageId, string to, string tenant, int attempts, string error);

    // The page shows the tenant only a category; the server's own words (and so what answered on that host and port) stay here.
    [LoggerMessage(EventId = 2507, Level = LogLevel.Warning, Message = "Test mail of {Tenant} through {Host}:{Port} failed ({Kind}): {Error}")]
    public static partial void TestMailFailed(ILogger logger, string tenant, string? host, int port, Smtp.MailFailureKind kind, string error);

    [LoggerMessage(EventId = 2508, Level = LogLevel.Information, Message = "Pruned {Count} sent e-mails older than {Days} days from the outbox of {Tenant}.")]
    public static partial void Pruned(ILogger logger, int count, int days, string tenant);

    [LoggerMessage(EventId = 2509, Level = LogLevel.Information, Message = "Enabled the always-on e-mail feature in tenant {Tenant}, set up before it existed.")]
    public static partial void EmailFeatureEnabled(ILogger logger, string tenant);
}
