using System.Collections.Concurrent;
using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.OutputCaching;
using DanVan.Orchard.Locking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// This process's view of the tenants: the current <see cref="TenantTable"/> and the shells created so far.
/// Reloaded from the store when it changes (by this process, the CLI or another node); a shell whose settings changed
/// is released, so the next request builds a fresh one.
/// </summary>
public sealed class TenantRegistry(
    ITenantStore store, IEnumerable<IDatabaseProvider> databases, ILogger<TenantRegistry> logger, IOutputCacheStore? pageCache = null,
    ITenantChangeBus? otherNodes = null, IDistributedLock? locks = null, IOptions<ScaleOut.RedisOptions>? redis = null) : ITenantRegistry
{
    private readonly ConcurrentDictionary<string, TenantShell> _shells = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private readonly Dictionary<string, IDatabaseProvider> _databases =
        databases.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
    private readonly System.Runtime.CompilerServices.StrongBox<long> _anyContentGeneration = new(Random.Shared.NextInt64());
    private volatile TenantTable _table = TenantTable.Empty;
    private string? _storeVersion;
    private string? _unreadableVersion;

    public TenantTable Table => _table;

    /// <summary>
    /// The pages cached under a tenant's old content generation can never be served again (the generation is in their
    /// key): drop them now rather than let every publish leave a page set in memory until it expires. The portal's
    /// pages show every district's news, so they go too.
    /// </summary>
    private void OnShellChanged(TenantShell shell, bool tellOtherNodes)
    {
        DropCachedPages(shell.Settings);
        if (tellOtherNodes)
        {
            otherNodes?.Publish(new TenantChange(shell.Settings.Name, TenantChangeKind.Content));
        }
    }

    private void DropCachedPages(TenantSettings tenant)
    {
        _ = DropPagesAsync(tenant.Name);
        if (!tenant.IsDefault && _table.Default is { } portal)
        {
            _ = DropPagesAsync(portal.Name);
        }
    }

    private async Task DropPagesAsync(string tenantName)
    {
        if (pageCache is null)
        {
            return;
        }

        var tag = TenantOutputCachePolicy.Tag(tenantName);
        try
        {
            await pageCache.EvictByTagAsync(tag, CancellationToken.None);
        }
        catch (Exception e)
        {
            // A store that fails (a shared cache that is down) only delays the drop: the entries expire anyway.
            TenancyLog.PageCacheEvictionFailed(logger, e, tag);
        }
    }

    /// <summary>
    /// Releases a shell and drops its cached pages: a shell built later starts at another content generation, so they
    /// could never be served again (and a disabled or removed tenant serves none), but would hold memory until evicted.
    /// </summary>
    private void ReleaseShell(TenantShell shell)
    {
        shell.Release();
        _ = DropPagesAsync(shell.Settings.Name);
    }

    /// <summary>Whether <see cref="Table"/> was read from the store at least once (else it is empty, not "the last good one").</summary>
    public bool HasLoaded => _storeVersion is not null;

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            var version = await store.GetVersionAsync(cancellationToken);
            var tenants = await store.LoadAsync(cancellationToken);
            var table = new TenantTable(tenants);
            _table = table;
            _storeVersion = version;

            foreach (var (name, shell) in _shells)
            {
                if (table.Find(name) != shell.Settings)
                {
                    Release(name);
                }
            }

            // The portal's pages list the district subsites: a tenant added, changed or gone changes them.
            if (table.Default is { } portal && _shells.TryGetValue(portal.Name, out var portalShell))
            {
                portalShell.SignalChanged(tellOtherNodes: false);
            }
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    /// <summary>
    /// Reloads only if the store changed since the last load. A store that cannot be read (a bad hand edit) leaves
    /// the last good table in place; the error is logged once per version of the file, not on every poll.
    /// </summary>
    public async Task ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        if (version == _storeVersion || version == _unreadableVersion)
        {
            return;
        }

        TenancyLog.StoreChanged(logger);
        try
        {
            await ReloadAsync(cancellationToken);
            _unreadableVersion = null;
        }
        catch (TenantStoreException e)
        {
            _unreadableVersion = version;
            TenancyLog.StoreUnreadable(logger, e.Message, _table.All.Count);
        }
    }

    /// <summary>
    /// Applies what another node changed (told through <see cref="ITenantChangeBus"/>): a store change reloads the
    /// tenants, as a poll that found the store changed would; a content change drops the tenant's cached documents and
    /// pages here, as the change made here would have.
    /// </summary>
    public async Task ApplyChangeFromOtherNodeAsync(TenantChange change, CancellationToken cancellationToken)
    {
        if (change.Kind != TenantChangeKind.Content)
        {
            await ReloadAsync(cancellationToken);
            return;
        }

        if (_shells.TryGetValue(change.Tenant, out var shell))
        {
            shell.ApplyChangeFromOtherNode();
        }
        else if (_table.Find(change.Tenant) is { } tenant)
        {
            // No shell here (never opened, or released): its pages are gone with it, but the portal's list its news.
            Interlocked.Increment(ref _anyContentGeneration.Value);
            DropCachedPages(tenant);
        }
    }

    /// <summary>After a time without news from the other nodes (Redis unreachable): reload, and treat every tenant as changed.</summary>
    public async Task ApplyMissedChangesAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        foreach (var shell in _shells.Values)
        {
            shell.ApplyChangeFromOtherNode();
        }
    }

    /// <summary>
    /// The shell for these exact settings; a shell made for older settings is replaced. Background work that must not
    /// keep an idle tenant from being released passes <paramref name="touch"/> false.
    /// </summary>
    public TenantShell GetShell(TenantSettings settings, bool touch = true)
    {
        while (true)
        {
            var shell = _shells.GetOrAdd(settings.Name, _ => new TenantShell(
                settings, DatabaseFor(settings), _anyContentGeneration, logger, OnShellChanged, locks, redis?.Value.MigrationLockWait));
            if (shell.Settings == settings)
            {
                if (touch)
                {
                    shell.Touch();
                }

                return shell;
            }

            if (_shells.TryRemove(new KeyValuePair<string, TenantShell>(settings.Name, shell)))
            {
                ReleaseShell(shell);
            }
        }
    }

    IReadOnlyList<TenantSettings> ITenantRegistry.All => _table.All;

    TenantSettings? ITenantRegistry.Default => _table.Default;

    TenantSettings? ITenantRegistry.Find(string name) => _table.Find(name);

    TenantMatch? ITenantRegistry.Resolve(string host, string path) => _table.Resolve(host, path);

    ITenantShell ITenantRegistry.GetShell(TenantSettings tenant, bool touch) => GetShell(tenant, touch);

    ValueTask<long?> ITenantRegistry.GetDatabaseSizeAsync(TenantSettings tenant, CancellationToken cancellationToken) =>
        DatabaseFor(tenant).GetSizeAsync(tenant, cancellationToken);

    public IDatabaseProvider DatabaseFor(TenantSettings settings) =>
        _databases.TryGetValue(settings.DatabaseProvider, out var provider)
            ? provider
            : throw new InvalidOperationException($"Tenant '{settings.Name}' uses the database provider '{settings.DatabaseProvider}', which this build does not have.");

    public void Release(string tenantName)
    {
        if (_shells.TryRemove(tenantName, out var shell))
        {
            ReleaseShell(shell);
        }
    }

    /// <summary>Closes the pooled connections of tenants whose database nobody used for <paramref name="idleFor"/>; returns how many.</summary>
    public int ReleaseIdleConnections(TimeSpan idleFor) => _shells.Values.Count(shell => shell.ReleaseIdleConnections(idleFor));

    /// <summary>Releases shells nobody used for <paramref name="idleFor"/>; returns how many.</summary>
    public int ReleaseIdle(TimeSpan idleFor)
    {
        var cutoff = DateTime.UtcNow - idleFor;
        var released = 0;
        foreach (var (name, shell) in _shells)
        {
            if (shell.LastUsedUtc < cutoff && _shells.TryRemove(new KeyValuePair<string, TenantShell>(name, shell)))
            {
                ReleaseShell(shell);
                released++;
            }
        }

        return released;
    }
}
