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

    /// <summary>Every module's migrations not yet applied to the scope's tenant database.</summary>
    public async Task<IReadOnlyList<string>> GetPendingAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        var pending = new List<string>();
        foreach (var migration in migrations)
        {
            pending.AddRange(await migration.GetPendingAsync(scopedServices, cancellationToken));
        }

        return pending;
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
