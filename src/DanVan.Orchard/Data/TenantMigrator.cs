using System.Security.Cryptography;
using System.Text;

namespace DanVan.Orchard.Data;

/// <summary>Runs every module's migrations against the tenant of the given scope.</summary>
public sealed class TenantMigrator(IEnumerable<ITenantMigration> migrations)
{
    private string? _schemaKey;

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        foreach (var migration in migrations)
        {
            await migration.MigrateAsync(scopedServices, cancellationToken);
        }
    }

    /// <summary>A short hash of every migration of every module: equal keys mean equal schemas.</summary>
    public string GetSchemaKey(IServiceProvider scopedServices)
    {
        return _schemaKey ??= Compute();

        string Compute()
        {
            var ids = string.Join('\n', migrations.SelectMany(m => m.GetMigrationIds(scopedServices)));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..16];
        }
    }
}
