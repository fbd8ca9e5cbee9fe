namespace DanVan.Email.Smtp;

/// <summary>What went wrong with a mail server, in the few categories a tenant's test page may name.</summary>
public enum MailFailureKind
{
    /// <summary>The address or port is not one a tenant's own server may have; nothing was connected.</summary>
    NotAllowed,

    /// <summary>No answer, refused, or a name that does not resolve.</summary>
    Unreachable,

    /// <summary>The TLS handshake failed: most often a certificate that is not trusted.</summary>
    Tls,

    /// <summary>The server refused the sign-in, or the password could not be read.</summary>
    Authentication,

    /// <summary>The server answered something that is not SMTP, or broke off.</summary>
    Protocol,
}
