using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Data;

/// <summary>
/// Everything provider-specific about a tenant's database. SQLite (a file per tenant) is the embedded default;
/// PostgreSQL (a schema per tenant) is the scale-out one. No other code may use provider-specific SQL.
/// </summary>
public interface IDatabaseProvider
{
    string Name { get; }

    void Configure(DbContextOptionsBuilder builder, TenantSettings tenant, string migrationsHistoryTable);

    /// <summary>Makes the empty database ready for migrations (create the file or schema, set pragmas).</summary>
    Task CreateAsync(TenantSettings tenant, CancellationToken cancellationToken);

    /// <summary>Deletes the tenant's database; succeeds when there is none.</summary>
    Task DeleteAsync(TenantSettings tenant, CancellationToken cancellationToken);

    /// <summary>Closes pooled connections so the database can be deleted or the memory reclaimed.</summary>
    void Release(TenantSettings tenant);
}
