namespace DanVan.Orchard.Tenancy;

/// <summary>A tenant's name and how it is reached, normalised as stored: prefix without slashes, host names lower case, comma-separated.</summary>
public sealed record TenantAddress(string Name, string? Prefix, string? Host)
{
    public static TenantAddress Create(string? name, string? prefix, string? host) =>
        new((name ?? string.Empty).Trim(), NormalizePrefix(prefix), NormalizeHost(host));

    public bool IsDefault => string.Equals(Name, TenantSettings.DefaultTenantName, StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<string> Hosts => Host is null ? [] : Host.Split(',');

    /// <summary>Whether <paramref name="tenant"/> is reached exactly this way.</summary>
    public bool SameAddressAs(TenantSettings tenant) =>
        string.Equals(tenant.RequestUrlPrefix, Prefix, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(NormalizeHost(tenant.RequestUrlHost), Host, StringComparison.OrdinalIgnoreCase);

    public static string? NormalizePrefix(string? prefix) =>
        string.IsNullOrWhiteSpace(prefix) ? null : prefix.Trim().Trim('/');

    public static string? NormalizeHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var names = host.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length == 0 ? null : string.Join(',', names).ToLowerInvariant();
    }
}
