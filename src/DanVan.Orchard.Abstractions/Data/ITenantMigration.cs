namespace DanVan.Orchard.Data;

/// <summary>Brings one module's tables in the current tenant's database up to date.</summary>
public interface ITenantMigration
{
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>The ids of this module's migrations not yet applied to the scope's tenant database.</summary>
    Task<IReadOnlyList<string>> GetPendingAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>The ids of all the migrations this module ships, in order.</summary>
    IEnumerable<string> GetMigrationIds(IServiceProvider services);
}
