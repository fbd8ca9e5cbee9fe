using System.Runtime.CompilerServices;
using DanVan.Orchard.Data;
using DanVan.Orchard.Locking;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>
/// Requests arriving while another node migrates a tenant share one wait for its migration lock (not one wait each,
/// one after the other), and only that wait reads as "being updated": a failure inside the migration stays a failure.
/// </summary>
public sealed class TenantMigrationAttemptTests
{
    [Fact]
    public async Task Requests_queued_while_another_node_migrates_share_one_lock_wait_and_all_hear_it_timed_out()
    {
        var locks = new HeldElsewhereLock();
        var shell = Shell(locks);
        var migrations = 0;

        var requests = Enumerable.Range(0, 5)
            .Select(_ => shell.EnsureMigratedAsync(_ => { Interlocked.Increment(ref migrations); return Task.CompletedTask; }, CancellationToken.None))
            .ToList();
        await locks.Waiting.Task;
        locks.GiveUp();

        foreach (var request in requests)
        {
            await Assert.ThrowsAsync<LockTimeoutException>(() => request);
        }

        Assert.Equal(1, locks.Calls);
        Assert.Equal(0, migrations);
    }

    [Fact]
    public async Task A_timeout_inside_the_migration_is_not_a_lock_timeout_and_the_next_request_tries_again()
    {
        var shell = Shell(new FreeLock());
        var attempts = 0;
        Task Migrate(CancellationToken _) => ++attempts == 1 ? throw new TimeoutException("the database did not answer") : Task.CompletedTask;

        // Exactly the migration's own exception: the request is answered as the error it is, not as "being updated".
        await Assert.ThrowsAsync<TimeoutException>(() => shell.EnsureMigratedAsync(Migrate, CancellationToken.None));

        await shell.EnsureMigratedAsync(Migrate, CancellationToken.None);
        await shell.EnsureMigratedAsync(Migrate, CancellationToken.None);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_request_that_goes_away_does_not_fail_the_others_waiting_on_its_attempt()
    {
        var locks = new FreeLock();
        var shell = Shell(locks);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        async Task Migrate(CancellationToken ct)
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }
        }

        using var firstGoesAway = new CancellationTokenSource();
        var first = shell.EnsureMigratedAsync(Migrate, firstGoesAway.Token);
        await started.Task;
        var second = shell.EnsureMigratedAsync(Migrate, CancellationToken.None);
        await firstGoesAway.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await second;
        Assert.Equal(2, runs);
    }

    private static TenantShell Shell(IDistributedLock locks) =>
        new(new TenantSettings { Name = "HoaAn", State = TenantState.Running }, new UnusedDatabase(), new StrongBox<long>(), NullLogger.Instance,
            locks: locks, migrationLockWait: TimeSpan.FromMinutes(1));

    /// <summary>Held by another node: the first wait ends (timed out) when the test says so; later ones at once.</summary>
    private sealed class HeldElsewhereLock : IDistributedLock
    {
        private readonly TaskCompletionSource<IAsyncDisposable?> _timedOut = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref _calls);

        public void GiveUp() => _timedOut.SetResult(null);

        public Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Waiting.TrySetResult();
            return _timedOut.Task;
        }
    }

    private sealed class FreeLock : IDistributedLock, IAsyncDisposable
    {
        public Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(this);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class UnusedDatabase : IDatabaseProvider
    {
        public string Name => "Unused";

        public void Configure(DbContextOptionsBuilder builder, TenantSettings tenant, string migrationsHistoryTable) => throw new NotSupportedException();

        public Task<bool> CreateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string?> CheckAvailableAsync(TenantSettings tenant, bool thorough, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task<IReadOnlyList<string>> CheckIntegrityAsync(TenantSettings tenant, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

        public Task SaveTemplateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteAsync(TenantSettings tenant, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<long?> GetSizeAsync(TenantSettings tenant, CancellationToken cancellationToken) => ValueTask.FromResult<long?>(null);

        public void Release(TenantSettings tenant)
        {
        }
    }
}
