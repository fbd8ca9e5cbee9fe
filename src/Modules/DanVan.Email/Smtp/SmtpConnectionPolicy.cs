namespace DanVan.Email.Smtp;

/// <summary>
/// What a connection must respect: for a tenant's own server, public addresses only (unless the operator allows
/// internal ones) and the allowed ports; for every server, the certificate thumbprints the operator trusts.
/// </summary>
public sealed record SmtpConnectionPolicy(bool PublicAddressesOnly, IReadOnlyList<int>? AllowedPorts, IReadOnlySet<string> TrustedThumbprints)
{
    public static SmtpConnectionPolicy For(SmtpEndpoint endpoint, TenantSmtpOptions tenantOptions, SmtpHostOptions hostOptions) => new(
        endpoint.TenantSet && !tenantOptions.AllowPrivateTenantHosts,
        endpoint.TenantSet ? tenantOptions.AllowedPorts : null,
        (hostOptions.TrustedCertificateThumbprints ?? [])
            .Select(t => t.Replace(":", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    public static string PortNotAllowedMessage(IReadOnlyList<int> ports) =>
        $"Cổng này không được phép cho máy chủ riêng của trang; chỉ dùng được các cổng {string.Join(", ", ports)}.";
}
