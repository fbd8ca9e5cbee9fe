namespace DanVan.Orchard.Data;

/// <summary>
/// Makes a module's EF Core DbContext on the current tenant's database, and its migration step, for
/// <see cref="TenantDbContextServiceCollectionExtensions.AddTenantDbContext{TContext}"/>. Typed loosely (any class)
/// so that the contracts need no EF Core; a type that is not a DbContext is refused when first resolved.
/// </summary>
public interface ITenantDbContextFactory
{
    TContext Create<TContext>(IServiceProvider services, string migrationsHistoryTable)
        where TContext : class;

    /// <summary>
    /// The scope's own context (the one <see cref="TenantDbContextServiceCollectionExtensions.AddTenantDbContext{TContext}"/>
    /// registers): it joins the scope's <see cref="ITenantTransaction"/> when one is open. A context made with
    /// <see cref="Create{TContext}"/> is the caller's to connect.
    /// </summary>
    TContext CreateForScope<TContext>(IServiceProvider services, string migrationsHistoryTable)
        where TContext : class => Create<TContext>(services, migrationsHistoryTable);

    ITenantMigration CreateMigration<TContext>()
        where TContext : class;
}
