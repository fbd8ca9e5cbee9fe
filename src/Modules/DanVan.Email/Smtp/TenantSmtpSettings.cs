namespace DanVan.Email.Smtp;

/// <summary>
/// A tenant's own mail server (the "Thư điện tử" admin page, or the recipe's <c>SmtpSettings</c>). The password is
/// kept only in its Data Protection form. An empty <see cref="Host"/> means "the host-wide server".
/// </summary>
public sealed class TenantSmtpSettings
{
    public const string DocumentId = "EmailSettings";

    public string? DefaultSender { get; set; }

    /// <summary>The sender's name; empty: the site's name (the board's name).</summary>
    public string? SenderName { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpEncryptionMethod EncryptionMethod { get; set; } = SmtpEncryptionMethod.StartTls;

    public bool RequireCredentials { get; set; }

    public string? UserName { get; set; }

    public string? ProtectedPassword { get; set; }
}
