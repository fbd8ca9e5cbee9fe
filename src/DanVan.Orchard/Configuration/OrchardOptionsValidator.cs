using System.Net;
using DanVan.Orchard.Tenancy;

namespace DanVan.Orchard.Configuration;

public sealed class OrchardOptionsValidator : ConfigurationValidator<OrchardOptions>
{
    public override string Section => OrchardOptions.SectionName;

    protected override void Check(OrchardOptions options, ConfigurationChecks checks)
    {
        checks.NotBlank(options.AppDataPath, nameof(options.AppDataPath))
            .NotBlank(options.RecipesPath, nameof(options.RecipesPath))
            .Positive(options.TenantStorePollInterval, nameof(options.TenantStorePollInterval))
            .Positive(options.TenantIdleTimeout, nameof(options.TenantIdleTimeout))
            .Positive(options.TenantConnectionIdleTimeout, nameof(options.TenantConnectionIdleTimeout))
            .That(PublicAddress.IsValidBaseUrl(options.PublicBaseUrl), nameof(options.PublicBaseUrl),
                "must be an absolute http(s) address without query, e.g. https://danvan.example.vn", options.PublicBaseUrl)
            .That(options.HostTenantScheme is "http" or "https", nameof(options.HostTenantScheme), "must be 'https' or 'http'", options.HostTenantScheme);

        var forwarded = options.ForwardedHeaders;
        for (var i = 0; i < forwarded.KnownProxies.Length; i++)
        {
            checks.That(IPAddress.TryParse(forwarded.KnownProxies[i].Trim(), out _), $"ForwardedHeaders:KnownProxies:{i}",
                "must be an IP address, e.g. 10.0.0.5", forwarded.KnownProxies[i]);
        }

        for (var i = 0; i < forwarded.KnownNetworks.Length; i++)
        {
            checks.That(IPNetwork.TryParse(forwarded.KnownNetworks[i].Trim(), out _), $"ForwardedHeaders:KnownNetworks:{i}",
                "must be a network in CIDR notation, e.g. 10.0.0.0/24", forwarded.KnownNetworks[i]);
        }
    }
}
