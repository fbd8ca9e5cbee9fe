using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

/// <summary>Runs every module's migrations against the tenant of the given scope.</summary>
public sealed class TenantMigrator(IEnumerable<ITenantMigration> migrations)
{
    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        foreach (var migration in migrations)
        {
            await migration.MigrateAsync(scopedServices, cancellationToken);
        }
    }
}
