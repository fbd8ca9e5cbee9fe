using System.Collections.Frozen;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// An immutable snapshot of all tenants, indexed for request resolution. Replaced as a whole when the store changes,
/// so a request never sees a half-updated table.
/// </summary>
public sealed class TenantTable
{
    public static readonly TenantTable Empty = new([]);

    private readonly FrozenDictionary<string, TenantSettings> _byName;
    private readonly FrozenDictionary<string, TenantSettings> _byPrefix;
    private readonly FrozenDictionary<string, TenantSettings[]> _byHost;
    private readonly FrozenSet<string> _hostNames;

    public TenantTable(IEnumerable<TenantSettings> tenants)
    {
        All = tenants.ToArray();
        _byName = All.ToFrozenDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        _byPrefix = All
            .Where(t => !string.IsNullOrEmpty(t.RequestUrlPrefix) && !t.Hosts.Any())
            .ToFrozenDictionary(t => t.RequestUrlPrefix!, StringComparer.OrdinalIgnoreCase);
        _byHost = All
            .SelectMany(t => t.Hosts.Select(h => (Host: h, Tenant: t)))
            .GroupBy(x => x.Host, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Tenant).ToArray(), StringComparer.OrdinalIgnoreCase);
        _hostNames = All.SelectMany(t => t.Hosts).Select(PublicAddress.HostName).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Default = _byName.GetValueOrDefault(TenantSettings.DefaultTenantName);
    }

    public IReadOnlyList<TenantSettings> All { get; }

    public TenantSettings? Default { get; }

    public TenantSettings? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether some tenant is reached on this host name (port ignored): one lookup, whatever the number of tenants.</summary>
    public bool HasHostName(string hostName) => _hostNames.Contains(hostName);

    /// <summary>
    /// Host first (with port, then without; a host tenant with a prefix only matches under that prefix),
    /// then the first path segment, then the Default tenant, which answers 404 for what it does not have.
    /// </summary>
    public TenantMatch? Resolve(string host, string path)
    {
        var firstSegment = FirstSegment(path);

        if (!string.IsNullOrEmpty(host))
        {
            var hostOnly = host.Split(':')[0];
            var candidates = _byHost.GetValueOrDefault(host) ?? _byHost.GetValueOrDefault(hostOnly);
            if (candidates is not null)
            {
                var withPrefix = candidates.FirstOrDefault(t =>
                    !string.IsNullOrEmpty(t.RequestUrlPrefix) &&
                    string.Equals(t.RequestUrlPrefix, firstSegment, StringComparison.OrdinalIgnoreCase));
                if (withPrefix is not null)
                {
                    return new TenantMatch(withPrefix, withPrefix.RequestUrlPrefix!);
                }

                var hostOnlyTenant = candidates.FirstOrDefault(t => string.IsNullOrEmpty(t.RequestUrlPrefix));
                if (hostOnlyTenant is not null)
                {
                    return new TenantMatch(hostOnlyTenant, string.Empty);
                }
            }
        }

        if (firstSegment.Length > 0 && _byPrefix.TryGetValue(firstSegment, out var byPrefix))
        {
            return new TenantMatch(byPrefix, byPrefix.RequestUrlPrefix!);
        }

        return Default is null ? null : new TenantMatch(Default, string.Empty);
    }

    private static string FirstSegment(string path)
    {
        var span = path.AsSpan().TrimStart('/');
        var end = span.IndexOf('/');
        return (end < 0 ? span : span[..end]).ToString();
    }
}
