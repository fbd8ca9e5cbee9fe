using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DanVan.Orchard.Data;
using DanVan.Orchard.Locking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// The runtime state of one tenant in this process: its settings, its database options and a cache of its documents.
/// Created on first use and released when idle or when the tenant's settings change; deliberately small, so that a
/// thousand tenants cost little (there is no container per tenant).
/// </summary>
public sealed class TenantShell : ITenantShell
{
    private readonly ConcurrentDictionary<Type, DbContextOptions> _dbContextOptions = new();
    private readonly SharedAttempt _migration = new();
    private long _lastUsedTicks = DateTime.UtcNow.Ticks;
    private long _databaseUsedTicks = Environment.TickCount64;
    private bool _connectionsMayBeOpen = true;

    // Starts at a random value so a shell rebuilt after a release (a change made by the CLI) never reuses old keys.
    private long _contentGeneration = Random.Shared.NextInt64();
    private readonly StrongBox<long> _anyContentGeneration;
    private readonly ILogger _logger;
    private readonly Action<TenantShell, bool>? _changed;
    private readonly IDistributedLock? _locks;
    private readonly TimeSpan _migrationLockWait;
    private readonly CancellationTokenSource _released = new();

    // Whether the database can be used, as this process last found it. Deliberately a runtime flag of the shell and not
    // a state written to the tenant store: a missing or unreadable file is usually an operator's mistake or a restore
    // under way, and the tenant must come back by itself as soon as the file does (no one has to remember to
    // re-enable it); another node that sees the database fine must not be told otherwise; and nothing is written to
    // the store from a request path. A missing file is re-checked on every request (one stat) so a restore is seen
    // at once; an unreadable one is re-opened at most every RecheckUnreadableAfter.
    private DatabaseProblem? _databaseProblem;
    private volatile bool _databaseProbed;

    /// <param name="anyContentGeneration">The counter all the shells of this process's registry share.</param>
    /// <param name="changed">
    /// Told after every change signal, to drop what was cached under the old generation at once; the flag says whether
    /// the change was made here (and the other nodes are to be told) or learnt from another node.
    /// </param>
    /// <param name="locks">Held around migrations, so two nodes never migrate the tenant at once; null: this process only.</param>
    public TenantShell(
        TenantSettings settings, IDatabaseProvider database, StrongBox<long> anyContentGeneration, ILogger logger, Action<TenantShell, bool>? changed = null,
        IDistributedLock? locks = null, TimeSpan? migrationLockWait = null)
    {
        _locks = locks;
        _migrationLockWait = migrationLockWait ?? TimeSpan.FromMinutes(1);
        Settings = settings;
        Database = database;
        _anyContentGeneration = anyContentGeneration;
        _logger = logger;
        _changed = changed;
    }

    /// <summary>How long an unreadable (present but not openable) database is left alone before it is tried again.</summary>
    public static readonly TimeSpan RecheckUnreadableAfter = TimeSpan.FromSeconds(30);

    /// <summary>Why the tenant's database cannot be used, as last found, or null.</summary>
    public string? DatabaseProblemReason => Volatile.Read(ref _databaseProblem)?.Reason;

    public TenantSettings Settings { get; }

    public IDatabaseProvider Database { get; }

    public TenantCache Cache { get; } = new();

    public DateTime LastUsedUtc => new(Interlocked.Read(ref _lastUsedTicks), DateTimeKind.Utc);

    public void Touch() => Interlocked.Exchange(ref _lastUsedTicks, DateTime.UtcNow.Ticks);

    /// <summary>Changes whenever the tenant's content, settings or features change; part of every output cache key.</summary>
    public long ContentGeneration => Interlocked.Read(ref _contentGeneration);

    /// <summary>Changes whenever any tenant's content changes: the portal's pages, which show the districts' news, vary by it.</summary>
    public long AnyContentGeneration => Interlocked.Read(ref _anyContentGeneration.Value);

    /// <summary>Makes every cached page of the tenant (and the portal's aggregate pages) stale, and has them dropped.</summary>
    public void SignalChanged() => SignalChanged(tellOtherNodes: true);

    /// <summary>
    /// <paramref name="tellOtherNodes"/> false for what concerns this node only (its view of the database) or was
    /// learnt from another node (which told the others itself).
    /// </summary>
    internal void SignalChanged(bool tellOtherNodes)
    {
        Interlocked.Increment(ref _contentGeneration);
        Interlocked.Increment(ref _anyContentGeneration.Value);
        _changed?.Invoke(this, tellOtherNodes);
    }

    /// <summary>Another node changed the tenant's content, settings or features: what was cached here from its database is stale.</summary>
    internal void ApplyChangeFromOtherNode()
    {
        Cache.Clear();
        SignalChanged(tellOtherNodes: false);
    }

    public DbContextOptions<TContext> GetDbContextOptions<TContext>(string migrationsHistoryTable)
        where TContext : DbContext
    {
        // Every DbContext of the tenant is made with these options: the database is in use (ReleaseIdleConnections).
        Volatile.Write(ref _databaseUsedTicks, Environment.TickCount64);
        if (!Volatile.Read(ref _connectionsMayBeOpen))
        {
            Volatile.Write(ref _connectionsMayBeOpen, true);
        }
        return (DbContextOptions<TContext>)_dbContextOptions.GetOrAdd(typeof(TContext), _ =>
        {
            var builder = new DbContextOptionsBuilder<TContext>();
            Database.Configure(builder, Settings, migrationsHistoryTable);
            return builder.Options;
        });
    }

    public Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        EnsureMigratedAsync(ct => services.GetRequiredService<TenantMigrator>().MigrateAsync(services, ct), cancellationToken);

    /// <summary>
    /// Applies pending migrations once per shell (a tenant set up by an older version catches up here). Concurrent
    /// requests share one attempt (see <see cref="SharedAttempt"/>): while another node holds the tenant's migration
    /// lock they all get one <see cref="LockTimeoutException"/> after one lock wait.
    /// </summary>
    public Task EnsureMigratedAsync(Func<CancellationToken, Task> migrate, CancellationToken cancellationToken) =>
        _migration.IsDone ? Task.CompletedTask : MigrateSharedAsync(migrate, cancellationToken);

    private Task MigrateSharedAsync(Func<CancellationToken, Task> migrate, CancellationToken cancellationToken) =>
        _migration.RunAsync(async ct =>
        {
            if (_locks is null)
            {
                await migrate(ct);
                return;
            }

            // Another node migrating the same tenant holds this: wait for it; its migrations are then found applied.
            await using var held = await _locks.AcquireAsync($"migrations:{Settings.Name}", _migrationLockWait, ct);
            await migrate(ct);
        }, cancellationToken);

    public void MarkMigrated() => _migration.MarkDone();

    /// <summary>
    /// Whether the tenant's database can serve now. The first call of a shell opens it; later calls only check that
    /// it is still there (a file deleted under pooled connections would otherwise take writes and lose them). Never
    /// creates the database. When it goes missing or unreadable the tenant answers 503 and its cached pages and
    /// documents are dropped; when it is back, it serves again (migrations re-checked, caches rebuilt).
    /// </summary>
    public async ValueTask<bool> EnsureDatabaseAvailableAsync(CancellationToken cancellationToken)
    {
        var problem = Volatile.Read(ref _databaseProblem);
        if (problem is null)
        {
            var reason = await Database.CheckAvailableAsync(Settings, thorough: !_databaseProbed, cancellationToken);
            _databaseProbed = true;
            if (reason is null)
            {
                return true;
            }

            var missing = await Database.CheckAvailableAsync(Settings, thorough: false, cancellationToken) is not null;
            MarkUnavailable(new DatabaseProblem(reason, missing, DateTime.UtcNow));
            return false;
        }

        if (await Database.CheckAvailableAsync(Settings, thorough: false, cancellationToken) is not null)
        {
            return false;
        }

        if (!problem.Missing && DateTime.UtcNow - problem.FoundUtc < RecheckUnreadableAfter)
        {
            return false;
        }

        if (await Database.CheckAvailableAsync(Settings, thorough: true, cancellationToken) is { } stillWrong)
        {
            Interlocked.CompareExchange(ref _databaseProblem, new DatabaseProblem(stillWrong, Missing: false, DateTime.UtcNow), problem);
            return false;
        }

        if (Interlocked.CompareExchange(ref _databaseProblem, null, problem) == problem)
        {
            TenancyLog.TenantAvailableAgain(_logger, Settings.Name);
            _migration.Reset();
            Cache.Clear();
            SignalChanged(tellOtherNodes: false);
        }

        return true;
    }

    private void MarkUnavailable(DatabaseProblem problem)
    {
        if (Interlocked.CompareExchange(ref _databaseProblem, problem, null) is not null)
        {
            return;
        }

        TenancyLog.TenantUnavailable(_logger, Settings.Name, problem.Reason);

        // Pooled connections may still hold a deleted file open: drop them, and every page or document cached from it.
        Database.Release(Settings);
        Cache.Clear();
        SignalChanged(tellOtherNodes: false);
    }

    private sealed record DatabaseProblem(string Reason, bool Missing, DateTime FoundUtc);

    /// <summary>
    /// Cancelled when the shell is released (idle, disabled, settings changed, removed): a module keeping per-tenant
    /// resources outside the shell (a search index with open files) registers here to close them.
    /// </summary>
    public CancellationToken Released => _released.Token;

    /// <summary>
    /// Closes the tenant's pooled connections when no DbContext was made for it for <paramref name="idleFor"/>, keeping
    /// the shell and its caches (pages served from the page cache need no connection); true if it did.
    /// </summary>
    public bool ReleaseIdleConnections(TimeSpan idleFor)
    {
        if (!Volatile.Read(ref _connectionsMayBeOpen) ||
            Environment.TickCount64 - Interlocked.Read(ref _databaseUsedTicks) < (long)idleFor.TotalMilliseconds)
        {
            return false;
        }

        // Cleared before the pool is: a use meanwhile sets it again, and the next sweep looks again.
        Volatile.Write(ref _connectionsMayBeOpen, false);
        Database.Release(Settings);
        return true;
    }

    /// <summary>Lets go of pooled connections and cached state, and tells those registered on <see cref="Released"/>.</summary>
    public void Release()
    {
        Cache.Clear();
        Database.Release(Settings);
        try
        {
            _released.Cancel();
        }
        catch (AggregateException e)
        {
            // One module failing to close its resources must not keep the others from closing theirs.
            TenancyLog.ReleaseFailed(_logger, e, Settings.Name);
        }
    }
}
