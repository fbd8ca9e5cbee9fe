namespace DanVan.Tenants.Api;

/// <summary>The tenants API's log messages.</summary>
internal static partial class TenantsApiLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Tenants API {Method} {Path} by key {Holder}")]
    public static partial void Call(ILogger logger, string method, PathString path, string holder);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Tenants API {Method} {Path} refused: the API key is not valid.")]
    public static partial void KeyRefused(ILogger logger, string method, PathString path);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not note the last use of API key {KeyId}.")]
    public static partial void LastUseNotRecorded(ILogger logger, Exception exception, string keyId);
}
