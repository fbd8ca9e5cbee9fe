using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Where people reach each tenant: the base of every absolute link (mails, feeds, sitemaps, canonical and Open Graph
/// links, JSON-LD, invitations). It comes from configuration, never from an unchecked Host header:
/// <list type="bullet">
/// <item>a tenant with its own host name: <c>{HostTenantScheme}://{first host}/</c> (plus its prefix, if it has one);</item>
/// <item>the Default tenant and prefix tenants: <c>DanVan:PublicBaseUrl</c> (plus the prefix).</item>
/// </list>
/// Without <c>DanVan:PublicBaseUrl</c> (development, <c>./run.sh</c>) the request's own scheme and host are used only
/// when the host is a loopback name or address or one of the tenants' host names; any other host gets
/// <see cref="DevelopmentFallback"/>. With it, requests for hosts that are neither the portal's nor a tenant's are
/// refused (<see cref="Serves"/>).
/// </summary>
public sealed class PublicAddress(IOptionsMonitor<OrchardOptions> options, TenantRegistry registry) : IPublicAddress
{
    /// <summary>The portal's address when none is configured and the request's host is not one to trust.</summary>
    public const string DevelopmentFallback = "http://localhost";

    // Parsed once per configured value (every request asks for it), again only when the configuration changes.
    private volatile ConfiguredAddress _configured = new(null, null, null);

    /// <summary>The configured portal address without a trailing slash (<c>https://danvan.example.vn</c>), or null.</summary>
    public string? ConfiguredPortal => Configured().Portal;

    /// <summary>The configured portal's host name (lower case), or null.</summary>
    public string? ConfiguredPortalHost => Configured().Host;

    /// <summary>
    /// The portal's address without a trailing slash: the configured one; else the request's own origin when its host
    /// is trusted (loopback, or a tenant's host name); else <see cref="DevelopmentFallback"/>.
    /// </summary>
    public string PortalOrigin(HttpRequest? request)
    {
        if (ConfiguredPortal is { } configured)
        {
            return configured;
        }

        return request is not null && IsTrustedDevelopmentHost(request.Host)
            ? $"{request.Scheme}://{request.Host.ToUriComponent().ToLowerInvariant()}"
            : DevelopmentFallback;
    }

    /// <summary>The tenant's absolute base URL, ending with '/', for a link made while serving <paramref name="request"/>.</summary>
    public string BaseUrl(TenantSettings tenant, HttpRequest? request)
    {
        if (ConfiguredPortal is null && request is not null &&
            tenant.Hosts.Any(h => string.Equals(HostName(h), request.Host.Host, StringComparison.OrdinalIgnoreCase)))
        {
            // Development with a tenant host name that resolves here (hosts file): keep its port and scheme.
            return WithPrefix($"{request.Scheme}://{request.Host.ToUriComponent().ToLowerInvariant()}", tenant.RequestUrlPrefix);
        }

        return BaseUrl(tenant, PortalOrigin(request));
    }

    /// <summary>The tenant's absolute base URL, ending with '/', given the portal's address (for work done outside a request).</summary>
    public string BaseUrl(TenantSettings tenant, string portalOrigin)
    {
        var origin = tenant.Hosts.FirstOrDefault() is { } host
            ? $"{options.CurrentValue.HostTenantScheme}://{host.ToLowerInvariant()}"
            : portalOrigin.TrimEnd('/');
        return WithPrefix(origin, tenant.RequestUrlPrefix);
    }

    /// <summary>
    /// Whether a request for <paramref name="host"/> is answered. Always, without a configured portal address; with
    /// one, only for the portal's host, the Default tenant's hosts and the tenants' hosts.
    /// </summary>
    public bool Serves(HostString host)
    {
        if (ConfiguredPortalHost is not { } portalHost)
        {
            return true;
        }

        return string.Equals(host.Host, portalHost, StringComparison.OrdinalIgnoreCase) || registry.Table.HasHostName(host.Host);
    }

    /// <summary>Host names the portal answers on, which no district may take: the configured one and the Default tenant's.</summary>
    public IReadOnlySet<string> PortalHosts(IEnumerable<TenantSettings> tenants)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (ConfiguredPortalHost is { } configured)
        {
            hosts.Add(configured);
        }

        foreach (var tenant in tenants.Where(t => t.IsDefault))
        {
            hosts.UnionWith(tenant.Hosts.Select(HostName));
        }

        return hosts;
    }

    /// <summary>True for names and addresses that always mean this machine: no district may be registered on them.</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>Checks a configured <c>DanVan:PublicBaseUrl</c>: an absolute http(s) address without query or fragment.</summary>
    public static bool IsValidBaseUrl(string? value) =>
        value is null || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) &&
            (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
            uri.Query.Length == 0 && uri.Fragment.Length == 0);

    /// <summary>The host name of a configured "host[:port]" entry.</summary>
    public static string HostName(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        return (colon > 0 && !hostAndPort.EndsWith(']') ? hostAndPort[..colon] : hostAndPort).ToLowerInvariant();
    }

    private bool IsTrustedDevelopmentHost(HostString host) =>
        host.HasValue && (IsLoopback(host.Host) || registry.Table.HasHostName(host.Host));

    private static string WithPrefix(string origin, string? prefix) =>
        string.IsNullOrEmpty(prefix) ? origin + "/" : $"{origin}/{prefix}/";

    private ConfiguredAddress Configured()
    {
        var raw = options.CurrentValue.PublicBaseUrl;
        var cached = _configured;
        if (!string.Equals(cached.Raw, raw, StringComparison.Ordinal))
        {
            var portal = Normalize(raw);
            cached = new ConfiguredAddress(raw, portal, portal is null ? null : new Uri(portal).Host.ToLowerInvariant());
            _configured = cached;
        }

        return cached;
    }

    private static string? Normalize(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var uri = new Uri(configured.Trim(), UriKind.Absolute);
        return $"{uri.Scheme}://{uri.Authority.ToLowerInvariant()}{uri.AbsolutePath.TrimEnd('/')}";
    }

    private sealed record ConfiguredAddress(string? Raw, string? Portal, string? Host);
}
