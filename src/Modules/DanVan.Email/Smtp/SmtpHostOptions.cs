namespace DanVan.Email.Smtp;

/// <summary>
/// <c>DanVan:Email:Smtp</c>: the host-wide mail server every tenant uses unless it sets its own in "Thư điện tử".
/// Environment variables: <c>DanVan__Email__Smtp__Host</c>, <c>…__Password</c>.
/// </summary>
public sealed class SmtpHostOptions
{
    public const string SectionName = "DanVan:Email:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpEncryptionMethod EncryptionMethod { get; set; } = SmtpEncryptionMethod.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address of tenants that set none.</summary>
    public string? DefaultSender { get; set; }

    /// <summary>Connecting, authenticating and each command give up after this long.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The domains a tenant's sender address may have when its mail goes through this server; unset: the domain of
    /// <see cref="DefaultSender"/>. Another address is put in Reply-To, and the mail is sent from <see cref="DefaultSender"/>
    /// — a district cannot make the shared relay sign mail as anyone it likes.
    /// </summary>
    public string[]? AllowedSenderDomains { get; set; }

    /// <summary>
    /// SHA-256 thumbprints (hex) of server certificates trusted even though they do not validate (self-signed, an
    /// internal CA, a name that does not match): for this server and for tenants' own servers. Nothing else is
    /// ever accepted without validation.
    /// </summary>
    public string[]? TrustedCertificateThumbprints { get; set; }

    public IReadOnlyList<string> SenderDomains() =>
        AllowedSenderDomains is { Length: > 0 } domains ? domains.Select(d => d.Trim().TrimStart('@')).ToList()
        : DefaultSender?.Split('@') is [_, var domain] ? [domain]
        : [];
}
