namespace DanVan.Orchard.Tenancy;

/// <summary>
/// What code outside the framework sees of a tenant's runtime state in this process: its settings, a cache of what
/// was loaded from its database, and the generation of its content (a key for caches that must follow it).
/// </summary>
public interface ITenantShell
{
    TenantSettings Settings { get; }

    TenantCache Cache { get; }

    /// <summary>Cancelled when the shell is released (idle, disabled, changed, removed): close what was opened for it.</summary>
    CancellationToken Released { get; }

    /// <summary>Changes whenever the tenant's content, settings or features change.</summary>
    long ContentGeneration { get; }

    /// <summary>Changes whenever any tenant's content changes.</summary>
    long AnyContentGeneration { get; }

    /// <summary>Makes every cached page of the tenant (and the portal's aggregate pages) stale.</summary>
    void SignalChanged();

    /// <summary>Whether the tenant's database can serve now (never creates it).</summary>
    ValueTask<bool> EnsureDatabaseAvailableAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies pending module migrations once per shell, with <paramref name="services"/> of a scope of this tenant:
    /// for work outside a request (a request has them applied before it runs).
    /// </summary>
    Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
