using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

/// <summary>Applies the versioned EF Core migrations of <typeparamref name="TContext"/>.</summary>
internal sealed class DbContextMigration<TContext> : ITenantMigration
    where TContext : DbContext
{
    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
}
