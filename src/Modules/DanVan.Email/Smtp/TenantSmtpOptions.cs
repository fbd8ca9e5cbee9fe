namespace DanVan.Email.Smtp;

/// <summary>
/// <c>DanVan:Email</c>: what the operator lets a tenant's own mail server ("Thư điện tử") be. A district administrator
/// types a host and a port that this server then connects to: without these limits "Gửi thư thử" would reach the
/// host's internal network (loopback, the cloud's metadata address) and probe any port.
/// </summary>
public sealed class TenantSmtpOptions
{
    public const string SectionName = "DanVan:Email";

    /// <summary>The ports a tenant's own server may use when none are configured: SMTP, SMTPS, submission, the common alternative.</summary>
    public static readonly IReadOnlyList<int> DefaultPorts = [25, 465, 587, 2525];

    /// <summary>
    /// Lets tenants name servers on loopback, private, link-local or other internal addresses (a closed network whose
    /// relay is internal, or tests). Off by default.
    /// </summary>
    public bool AllowPrivateTenantHosts { get; set; }

    /// <summary>The ports a tenant's own server may use; empty or unset: <see cref="DefaultPorts"/>.</summary>
    public int[]? TenantSmtpPorts { get; set; }

    /// <summary>"Gửi thư thử" posts a tenant may make in <see cref="TestMailWindow"/>.</summary>
    public int TestMailPermitLimit { get; set; } = 5;

    public TimeSpan TestMailWindow { get; set; } = TimeSpan.FromMinutes(10);

    public IReadOnlyList<int> AllowedPorts => TenantSmtpPorts is { Length: > 0 } ports ? ports : DefaultPorts;
}
