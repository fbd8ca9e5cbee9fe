using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

public static class TenantDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> (an EF Core DbContext of the module's own) as a scoped context on the
    /// database of the scope's tenant, with its own migrations history table so each module migrates independently.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : class
    {
        services.AddScoped(sp => sp.GetRequiredService<ITenantDbContextFactory>().CreateForScope<TContext>(sp, migrationsHistoryTable));
        services.AddSingleton(sp => sp.GetRequiredService<ITenantDbContextFactory>().CreateMigration<TContext>());
        return services;
    }
}
