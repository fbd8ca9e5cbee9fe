using System.Data.Common;
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

    /// <summary>
    /// Creates the tenant's database. When a template saved for the same <paramref name="schemaKey"/> exists the new
    /// database starts as its copy, already migrated (returns true); otherwise it is empty, ready for migrations.
    /// </summary>
    Task<bool> CreateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken);

    /// <summary>
    /// Why the database of a set-up tenant cannot be used now (missing, unreadable), or null when it can; never creates
    /// it. Not <paramref name="thorough"/>: only what costs next to nothing (SQLite: does the file exist), as asked on
    /// every request; thorough: opens it and reads its schema.
    /// </summary>
    Task<string?> CheckAvailableAsync(TenantSettings tenant, bool thorough, CancellationToken cancellationToken);

    /// <summary>What the database engine's own consistency check finds wrong (SQLite: PRAGMA integrity_check); empty when sound.</summary>
    Task<IReadOnlyList<string>> CheckIntegrityAsync(TenantSettings tenant, CancellationToken cancellationToken);

    /// <summary>Keeps the freshly migrated, still empty database of <paramref name="tenant"/> as the template for <paramref name="schemaKey"/>.</summary>
    Task SaveTemplateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken);

    /// <summary>Deletes the tenant's database; succeeds when there is none.</summary>
    Task DeleteAsync(TenantSettings tenant, CancellationToken cancellationToken);

    /// <summary>The database's size on disk in bytes (possibly a minute old), or null when the provider cannot tell.</summary>
    ValueTask<long?> GetSizeAsync(TenantSettings tenant, CancellationToken cancellationToken);

    /// <summary>Closes pooled connections so the database can be deleted or the memory reclaimed.</summary>
    void Release(TenantSettings tenant);

    /// <summary>Whether rows can commit out of id order (concurrent writers); see <see cref="ICommitOrder"/>.</summary>
    bool CommitsOutOfOrder => false;

    /// <summary>The running writers as the (repeatable read) <paramref name="transaction"/> sees them; null when rows commit in id order.</summary>
    Task<WriterSnapshot?> ReadWriterSnapshotAsync(DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.FromResult<WriterSnapshot?>(null);
}
