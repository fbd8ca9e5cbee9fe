namespace DanVan.Users;

/// <summary>Log messages of users and sign-in. Event ids 2300–2399.</summary>
internal static partial class UsersLog
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "User {User} signed in.")]
    public static partial void SignedIn(ILogger logger, string? user);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "The password reset mail for user {User} cannot be sent: {Reason}")]
    public static partial void ResetMailRefused(ILogger logger, string? user, string reason);
}
