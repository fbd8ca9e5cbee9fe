namespace DanVan.Email.Smtp;

/// <summary>The server could not be reached, or refused the connection's security or the sign-in; the text is its answer.</summary>
public sealed class MailConnectionException(string message, MailFailureKind kind, Exception? inner = null) : Exception(message, inner)
{
    public MailFailureKind Kind { get; } = kind;
}
