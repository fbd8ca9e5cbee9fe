using System.Runtime.CompilerServices;
using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>
/// A tenant whose database was not used for a while has its pooled connections closed (their native memory is most of
/// an idle district's cost), without its shell being released: once per spell of use, never while it is in use.
/// </summary>
public sealed class TenantConnectionReleaseTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void Connections_are_released_once_after_the_database_went_unused_and_again_only_after_a_new_use()
    {
        var database = new CountingProvider();
        var shell = new TenantShell(new TenantSettings { Name = "HoaAn", State = TenantState.Running }, database, new StrongBox<long>(), NullLogger.Instance);

        Assert.False(shell.ReleaseIdleConnections(Hour));
        Assert.True(shell.ReleaseIdleConnections(TimeSpan.Zero));
        Assert.False(shell.ReleaseIdleConnections(TimeSpan.Zero));
        Assert.Equal(1, database.Releases);

        shell.GetDbContextOptions<DbContext>("__History");

        Assert.False(shell.ReleaseIdleConnections(Hour));
        Assert.True(shell.ReleaseIdleConnections(TimeSpan.Zero));
        Assert.Equal(2, database.Releases);
        Assert.False(shell.Released.IsCancellationRequested);
    }

    [Fact]
    public async Task The_registry_releases_the_connections_of_idle_tenants_and_keeps_their_shells()
    {
        var database = new CountingProvider();
        var hoaAn = new TenantSettings { Name = "HoaAn", State = TenantState.Running, RequestUrlPrefix = "hoa-an", DatabaseProvider = database.Name };
        var registry = new TenantRegistry(new TenantFixtures.MemoryTenantStore([hoaAn]), [database], NullLogger<TenantRegistry>.Instance);
        await registry.ReloadAsync(CancellationToken.None);
        var shell = registry.GetShell(registry.Table.Find("HoaAn")!);

        Assert.Equal(0, registry.ReleaseIdleConnections(Hour));
        Assert.Equal(1, registry.ReleaseIdleConnections(TimeSpan.Zero));
        Assert.Equal(1, database.Releases);
        Assert.Same(shell, registry.GetShell(registry.Table.Find("HoaAn")!));
    }

    private sealed class CountingProvider : IDatabaseProvider
    {
        public int Releases { get; private set; }

        public string Name => "Counting";

        public void Configure(DbContextOptionsBuilder builder, TenantSettings tenant, string migrationsHistoryTable)
        {
        }

        public Task<bool> CreateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<string?> CheckAvailableAsync(TenantSettings tenant, bool thorough, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task<IReadOnlyList<string>> CheckIntegrityAsync(TenantSettings tenant, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

        public Task SaveTemplateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DeleteAsync(TenantSettings tenant, CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask<long?> GetSizeAsync(TenantSettings tenant, CancellationToken cancellationToken) => ValueTask.FromResult<long?>(null);

        public void Release(TenantSettings tenant) => Releases++;
    }
}
