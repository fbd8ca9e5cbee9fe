using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Orchard.Tests.Data;

/// <summary>
/// Every request makes tenant contexts, and almost none opens a recipe's unit: a context made while no unit is open
/// costs the unit nothing (no list, no allocation).
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
}
