using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace DanVan.Orchard.Http;

/// <summary>Turns <c>DanVan:ForwardedHeaders</c> into ASP.NET Core's options: For and Proto only (never Host), from the listed proxies only.</summary>
public static class ForwardedHeadersSetup
{
    public static ForwardedHeadersOptions Options(ForwardedHeadersSettings settings)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"DanVan:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"DanVan:ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24)."));
        }

        return options;
    }
}
