namespace DanVan.Tenants.Api;

/// <summary>Log messages of the tenants API. Event ids 2000–2099.</summary>
internal static partial class TenantsApiLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Tenants API {Method} {Path} by key {Holder}")]
    public static partial void Call(ILogger logger, string method, PathString path, object holder);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Tenants API {Method} {Path} refused: the API key is not valid.")]
    public static partial void KeyRefused(ILogger logger, string method, PathString path);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Could not note the last use of API key {KeyId}.")]
    public static partial void LastUseNotRecorded(ILogger logger, Exception exception, string keyId);
}
