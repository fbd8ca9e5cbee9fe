using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

public static class TenantDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> as a scoped context on the database of the scope's tenant, with its own
    /// migrations history table so each module migrates independently.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : DbContext
    {
        var factory = ActivatorUtilities.CreateFactory<TContext>([typeof(DbContextOptions<TContext>)]);
        services.AddScoped(sp =>
        {
            var shell = sp.GetRequiredService<TenantContext>().Shell;
            return factory(sp, [shell.GetDbContextOptions<TContext>(migrationsHistoryTable)]);
        });
        services.AddSingleton<ITenantMigration, DbContextMigration<TContext>>();
        return services;
    }
}
