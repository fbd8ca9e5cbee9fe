using System.Collections.Concurrent;
using DanVan.Orchard;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Options;

namespace DanVan.Search.Indexing;

/// <summary>
/// The indexes open in this process, one per tenant, opened on first use and closed when the tenant's shell is
/// released (idle, disabled, changed, removed), so an idle tenant's index costs no memory nor file handles.
/// </summary>
public sealed class SearchIndexes(IOptions<SearchOptions> options, AppDataPaths paths, SearchSignals signals, ILogger<SearchIndexes> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, TenantSearchIndex> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Task> _closing = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _openLock = new(1, 1);

    public string PathOf(string tenantName) => string.IsNullOrWhiteSpace(options.Value.IndexRoot)
        ? Path.Combine(paths.TenantFolder(tenantName), "search")
        : Path.Combine(Path.GetFullPath(options.Value.IndexRoot, paths.Root), tenantName);

    public IReadOnlyCollection<string> OpenTenants => _open.Keys.ToList();

    public TenantSearchIndex? Find(string tenantName) => _open.TryGetValue(tenantName, out var index) ? index : null;

    /// <summary>Whether the tenant's index on disk is complete: it can be opened and searched without being rebuilt.</summary>
    public bool IsReadyOnDisk(string tenantName) => TenantSearchIndex.IsComplete(PathOf(tenantName));

    /// <summary>
    /// The tenant's index when it can be read without building it: open and complete, or complete on disk and opened
    /// now. Otherwise null, and the worker is asked to build it (with its own token; never a reader's request). Whatever
    /// is pending (written while it was closed) is applied by the worker, asked here whenever the index is opened.
    /// Held by another process (the CLI rebuilding it): <see cref="SearchIndexHeldException"/>.
    /// </summary>
    public async Task<TenantSearchIndex?> OpenIfReadyAsync(ITenantShell shell, CancellationToken cancellationToken)
    {
        var name = shell.Settings.Name;
        if (Find(name) is { IsDisposed: false } open && !open.NeedsRebuild)
        {
            return open;
        }

        if (!IsReadyOnDisk(name))
        {
            signals.Notify(name);
            return null;
        }

        var index = await GetAsync(shell, cancellationToken);
        signals.Notify(name);
        return index.NeedsRebuild ? null : index;
    }

    /// <summary>The tenant's index, opened (and created when missing) if it is not open yet.</summary>
    public async Task<TenantSearchIndex> GetAsync(ITenantShell shell, CancellationToken cancellationToken)
    {
        var name = shell.Settings.Name;
        if (_open.TryGetValue(name, out var index) && !index.IsDisposed)
        {
            return index;
        }

        await _openLock.WaitAsync(cancellationToken);
        try
        {
            if (_open.TryGetValue(name, out index) && !index.IsDisposed)
            {
                return index;
            }

            // The previous index of this tenant may still be closing (its writer holds the lock file).
            if (_closing.TryGetValue(name, out var closing))
            {
                await closing.WaitAsync(cancellationToken);
            }

            var path = PathOf(name);
            var missing = !Directory.Exists(path);
            index = TenantSearchIndex.Open(name, path, out var problem, options.Value.IndexDirectory);
            if (problem is not null)
            {
                SearchLog.Unreadable(logger, name, path, problem);
            }
            else if (missing)
            {
                SearchLog.Missing(logger, name, path);
            }

            _open[name] = index;
            var opened = index;
            shell.Released.Register(() => Close(name, opened));
            return index;
        }
        finally
        {
            _openLock.Release();
        }
    }

    /// <summary>Closes the index (after the work in hand on it), if it is still the tenant's open one.</summary>
    public Task Close(string tenantName, TenantSearchIndex index)
    {
        if (!_open.TryRemove(new KeyValuePair<string, TenantSearchIndex>(tenantName, index)))
        {
            return Task.CompletedTask;
        }

        var closing = Task.Run(async () =>
        {
            await index.WriteLock.WaitAsync();
            try
            {
                index.Dispose();
            }
            catch (Exception e)
            {
                SearchLog.CloseFailed(logger, e, tenantName);
            }
            finally
            {
                index.WriteLock.Release();
            }
        });
        _closing[tenantName] = closing;
        _ = closing.ContinueWith(_ => _closing.TryRemove(new KeyValuePair<string, Task>(tenantName, closing)), TaskScheduler.Default);
        return closing;
    }

    /// <summary>Closes the tenant's index, if open, and waits until it is.</summary>
    public async Task CloseAsync(string tenantName)
    {
        if (_open.TryGetValue(tenantName, out var index))
        {
            await Close(tenantName, index);
        }

        if (_closing.TryGetValue(tenantName, out var closing))
        {
            await closing;
        }
    }

    /// <summary>
    /// Closes and deletes the tenant's index (the tenant is removed). The index is deleted under its lock file, like
    /// any writer's work: while another process (the CLI) holds it, nothing is deleted and
    /// <see cref="SearchIndexHeldException"/> says so; the lock file itself goes when this process lets go of it.
    /// </summary>
    public async Task DeleteAsync(string tenantName)
    {
        using var hold = await HoldForRemovalAsync(tenantName);
        hold.DeleteIndex();
    }

    /// <summary>
    /// Closes the tenant's index and takes its lock for a removal: while the lock is held nobody opens the index, and
    /// <see cref="SearchIndexRemovalHold.DeleteIndex"/> deletes it. Throws <see cref="SearchIndexHeldException"/> when another
    /// process holds it.
    /// </summary>
    public async Task<SearchIndexRemovalHold> HoldForRemovalAsync(string tenantName)
    {
        await CloseAsync(tenantName);
        var path = PathOf(tenantName);
        return new SearchIndexRemovalHold(path, TenantSearchIndex.AcquireProcessLock(path, deleteOnClose: true));
    }

    public void Dispose()
    {
        foreach (var (name, index) in _open)
        {
            Close(name, index).Wait(TimeSpan.FromSeconds(10));
        }
    }
}
