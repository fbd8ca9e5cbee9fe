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
}
