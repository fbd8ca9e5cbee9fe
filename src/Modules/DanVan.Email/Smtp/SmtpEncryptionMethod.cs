namespace DanVan.Email.Smtp;

/// <summary>How the connection to the mail server is secured (Orchard Core's names, as recipes write them).</summary>
public enum SmtpEncryptionMethod
{
    None = 0,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslTls = 1,

    /// <summary>Plain, then upgraded with STARTTLS (usually port 587); refused if the server cannot.</summary>
    StartTls = 2,
}
