using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Configuration;

/// <summary>
/// Outside Development, a site that listens beyond loopback must know its public address: without
/// <c>DanVan:PublicBaseUrl</c> every mailed link, feed and sitemap would point at <c>http://localhost</c>, because the
/// Host header is never trusted to build absolute links. <c>./run.sh</c> and the benches listen on loopback only, so
/// they keep working without it.
/// </summary>
public sealed class PublicBaseUrlRequirement(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<OrchardOptions>
{
    public ValidateOptionsResult Validate(string? name, OrchardOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl) || environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var exposed = ListeningAddresses(configuration).FirstOrDefault(address => !IsLoopback(address));
        return exposed is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{OrchardOptions.SectionName}:PublicBaseUrl must be set when the site listens beyond loopback " +
                $"(it listens on '{exposed}'), e.g. https://danvan.example.vn.");
    }

    /// <summary>Where Kestrel is told to listen: <c>urls</c>, <c>http_ports</c>/<c>https_ports</c> (all interfaces) and endpoints.</summary>
    private static IEnumerable<string> ListeningAddresses(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return url;
        }

        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            foreach (var port in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return $"*:{port}";
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    private static bool IsLoopback(string address)
    {
        var host = address;
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        host = host.Split('/')[0];
        if (host.StartsWith('['))
        {
            host = host[1..host.IndexOf(']', StringComparison.Ordinal)];
        }
        else if (host.LastIndexOf(':') is var colon and > 0)
        {
            host = host[..colon];
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
