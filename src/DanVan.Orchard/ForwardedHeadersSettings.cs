namespace DanVan.Orchard;

/// <summary>
/// <c>DanVan:ForwardedHeaders</c>: the proxies in front of the site. X-Forwarded-* headers are read only when one of
/// these is set, and only from these addresses, so a client cannot pretend to have come over HTTPS or from elsewhere.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>IP addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
