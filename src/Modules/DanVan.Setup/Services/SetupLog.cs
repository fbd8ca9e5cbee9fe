namespace DanVan.Setup.Services;

/// <summary>Log messages of the first-run setup. Event ids 2200–2299.</summary>
internal static partial class SetupLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "The site is not set up yet. Open /setup?token={Token} to set it up (the token works once).")]
    public static partial void NotSetUp(ILogger logger, string? token);
}
