namespace DanVan.Orchard.Tenancy;

/// <summary>
/// The tenants this process serves, read-only: what the portal's modules list and visit (districts' news, statistics).
/// Changing tenants goes through <see cref="ITenantManager"/>.
/// </summary>
public interface ITenantRegistry
{
    /// <summary>Every tenant, as last read from the tenant store.</summary>
    IReadOnlyList<TenantSettings> All { get; }

    /// <summary>Whether the tenant store was read at least once (before that, <see cref="All"/> is empty, not "no tenants").</summary>
    bool HasLoaded { get; }

    /// <summary>The provincial portal, or null before it exists.</summary>
    TenantSettings? Default { get; }

    TenantSettings? Find(string name);

    /// <summary>The tenant that serves this host and path (host name first, then the first path segment, else the Default tenant).</summary>
    TenantMatch? Resolve(string host, string path);

    /// <summary>The tenant's runtime state in this process (created on first use).</summary>
    /// <param name="touch">False for background work that must not count as use (an idle tenant is still released).</param>
    ITenantShell GetShell(TenantSettings tenant, bool touch = true);

    /// <summary>The tenant's database size on disk in bytes (possibly a minute old), or null when it cannot be told.</summary>
    ValueTask<long?> GetDatabaseSizeAsync(TenantSettings tenant, CancellationToken cancellationToken);
}
