namespace DanVan.Email.Smtp;

/// <summary>
/// Where and how a tenant's mail is handed over now: a server, the development mail drop, or nowhere yet.
/// <see cref="TenantSet"/>: the tenant typed this server (vetted: public addresses, mail ports only).
/// <see cref="ReplyTo"/>: the tenant's own address, when the shared relay sends from its own.
/// </summary>
public sealed record SmtpEndpoint(
    MailTransportKind Kind,
    string? Host,
    int Port,
    SmtpEncryptionMethod EncryptionMethod,
    string? UserName,
    string? Password,
    string SenderAddress,
    string SenderName,
    TimeSpan Timeout,
    string? WhyNone = null,
    string? ReplyTo = null,
    bool TenantSet = false)
{
    public static SmtpEndpoint None(string why, string senderName) =>
        new(MailTransportKind.None, null, 0, SmtpEncryptionMethod.None, null, null, string.Empty, senderName, TimeSpan.Zero, why);
}
