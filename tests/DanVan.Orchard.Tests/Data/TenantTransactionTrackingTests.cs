using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Orchard.Tests.Data;

/// <summary>
/// Every request makes tenant contexts, and almost none opens a recipe's unit: a context made while no unit is open
/// costs the unit nothing (no list, no allocation); a unit that fails to open leaves nothing open.
/// </summary>
public sealed class TenantTransactionTrackingTests
{
    [Fact]
    public void A_context_made_while_no_unit_is_open_allocates_nothing()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var unit = new TenantTransaction(services, new TenantContext(), [], NullLogger<TenantTransaction>.Instance);
        using var context = new TenantDbContext(new DbContextOptionsBuilder<TenantDbContext>().UseSqlite("Data Source=:memory:").Options);
        unit.Track(context);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            unit.Track(context);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.False(unit.IsActive);
    }

    [Fact]
    public async Task A_unit_that_fails_to_open_leaves_no_transaction_behind_for_the_next()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        await using var services = new ServiceCollection()
            .AddScoped(_ => new TenantDbContext(new DbContextOptionsBuilder<TenantDbContext>().UseSqlite(connection).Options))
            .AddScoped<BrokenContext>(_ => throw new InvalidOperationException("The module's options are missing."))
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var unit = new TenantTransaction(scope.ServiceProvider, new TenantContext(),
            [new DbContextMigration<TenantDbContext>(), new DbContextMigration<BrokenContext>()], NullLogger<TenantTransaction>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => unit.BeginAsync(CancellationToken.None));

        Assert.False(unit.IsActive);
        Assert.Null(scope.ServiceProvider.GetRequiredService<TenantDbContext>().Database.CurrentTransaction);
    }

    private sealed class BrokenContext(DbContextOptions<BrokenContext> options) : DbContext(options);
}
