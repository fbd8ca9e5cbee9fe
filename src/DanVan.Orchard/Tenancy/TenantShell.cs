using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DanVan.Orchard.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// The runtime state of one tenant in this process: its settings, its database options and a cache of its documents.
/// Created on first use and released when idle or when the tenant's settings change; deliberately small, so that a
/// thousand tenants cost little (there is no container per tenant).
/// </summary>
public sealed class TenantShell
{
    private readonly ConcurrentDictionary<Type, DbContextOptions> _dbContextOptions = new();
    private readonly SemaphoreSlim _migrationLock = new(1, 1);
    private long _lastUsedTicks = DateTime.UtcNow.Ticks;

    // Starts at a random value so a shell rebuilt after a release (a change made by the CLI) never reuses old keys.
    private long _contentGeneration = Random.Shared.NextInt64();
    private readonly StrongBox<long> _anyContentGeneration;
    private volatile bool _migrated;

    /// <param name="anyContentGeneration">The counter all the shells of this process's registry share.</param>
    public TenantShell(TenantSettings settings, IDatabaseProvider database, StrongBox<long> anyContentGeneration)
    {
        Settings = settings;
        Database = database;
        _anyContentGeneration = anyContentGeneration;
    }

    public TenantSettings Settings { get; }

    public IDatabaseProvider Database { get; }

    public TenantCache Cache { get; } = new();

    public DateTime LastUsedUtc => new(Interlocked.Read(ref _lastUsedTicks), DateTimeKind.Utc);

    public void Touch() => Interlocked.Exchange(ref _lastUsedTicks, DateTime.UtcNow.Ticks);

    /// <summary>Changes whenever the tenant's content, settings or features change; part of every output cache key.</summary>
    public long ContentGeneration => Interlocked.Read(ref _contentGeneration);

    /// <summary>Changes whenever any tenant's content changes: the portal's pages, which show the districts' news, vary by it.</summary>
    public long AnyContentGeneration => Interlocked.Read(ref _anyContentGeneration.Value);

    /// <summary>Makes every cached page of the tenant (and the portal's aggregate pages) stale; they expire on their own.</summary>
    public void SignalChanged()
    {
        Interlocked.Increment(ref _contentGeneration);
        Interlocked.Increment(ref _anyContentGeneration.Value);
    }

    public DbContextOptions<TContext> GetDbContextOptions<TContext>(string migrationsHistoryTable)
        where TContext : DbContext
    {
        return (DbContextOptions<TContext>)_dbContextOptions.GetOrAdd(typeof(TContext), _ =>
        {
            var builder = new DbContextOptionsBuilder<TContext>();
            Database.Configure(builder, Settings, migrationsHistoryTable);
            return builder.Options;
        });
    }

    /// <summary>Applies pending migrations once per shell (a tenant set up by an older version catches up here).</summary>
    public async Task EnsureMigratedAsync(Func<CancellationToken, Task> migrate, CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrationLock.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await migrate(cancellationToken);
                _migrated = true;
            }
        }
        finally
        {
            _migrationLock.Release();
        }
    }

    public void MarkMigrated() => _migrated = true;

    /// <summary>Lets go of pooled connections and cached state.</summary>
    public void Release()
    {
        Cache.Clear();
        Database.Release(Settings);
    }
}
