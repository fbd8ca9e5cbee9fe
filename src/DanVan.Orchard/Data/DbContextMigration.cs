using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

/// <summary>Applies the versioned EF Core migrations of <typeparamref name="TContext"/>.</summary>
internal sealed class DbContextMigration<TContext> : ITenantMigration, ITenantContextType
    where TContext : DbContext
{
    public Type ContextType => typeof(TContext);

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Asking what is applied is one query; Migrate itself takes a lock and compares models (tens of ms), so it
        // only runs when something is pending — which for a tenant already in use is almost never.
        var database = services.GetRequiredService<TContext>().Database;
        var applied = await database.GetAppliedMigrationsAsync(cancellationToken);
        if (database.GetMigrations().Except(applied).Any())
        {
            await database.MigrateAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> GetPendingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<TContext>().Database;
        var applied = await database.GetAppliedMigrationsAsync(cancellationToken);
        return database.GetMigrations().Except(applied).Select(id => $"{typeof(TContext).Name}:{id}").ToList();
    }

    public IEnumerable<string> GetMigrationIds(IServiceProvider services) =>
        services.GetRequiredService<TContext>().Database.GetMigrations().Select(id => $"{typeof(TContext).Name}:{id}");
}
