using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Data;

/// <summary>Runs every module's migrations against the tenant of the given scope.</summary>
public sealed class TenantMigrator(IEnumerable<ITenantMigration> migrations)
{
    /// <summary>The tenant document saying which migrations and upgrades its database last went through completely.</summary>
    public const string MarkDocumentId = "TenantMigrationMark";

    private string? _schemaKey;
    private string? _markKey;

    /// <summary>
    /// Applies what is pending. A database marked as having gone through exactly this code's migrations and upgrades is
    /// left alone after one read, instead of building every module's model and reading its history on each first use
    /// (half a second of a cold start).
    /// </summary>
    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        var db = scopedServices.GetRequiredService<TenantDbContext>();
        var key = GetMarkKey();
        if (await ReadMarkAsync(db, cancellationToken) == key)
        {
            return;
        }

        foreach (var migration in migrations)
        {
            await migration.MigrateAsync(scopedServices, cancellationToken);
        }

        await WriteMarkAsync(db, key, cancellationToken);
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

    /// <summary>
    /// Which build of the migrations and upgrades this is, without building a single DbContext (asking EF for the
    /// migration ids costs a quarter of a second cold): every migration and upgrade by type, and the build of each
    /// assembly that holds them or their contexts (a module's SQLite migrations, the PostgreSQL set). A new build checks
    /// every tenant once more; an unchanged one checks none.
    /// </summary>
    public string GetMarkKey()
    {
        return _markKey ??= Compute();

        string Compute()
        {
            var types = migrations.Select(m => m.GetType()).ToList();
            var assemblies = types.SelectMany(t => t.GetGenericArguments().Append(t)).Select(t => t.Assembly).ToHashSet();
            if (TryLoad(PostgresDatabaseProvider.MigrationsAssembly) is { } postgres)
            {
                assemblies.Add(postgres);
            }

            return ShortHash(string.Join('\n', types.Select(t => t.FullName).Concat(assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString()).Order(StringComparer.Ordinal))));
        }
    }

    private static System.Reflection.Assembly? TryLoad(string name)
    {
        try
        {
            return System.Reflection.Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadMarkAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        // Inside a transaction (a setup) a failed read would spoil it on PostgreSQL: the full check runs instead.
        if (db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        try
        {
            return await db.Documents.AsNoTracking().Where(d => d.Id == MarkDocumentId).Select(d => d.Data).SingleOrDefaultAsync(cancellationToken);
        }
        catch (DbException)
        {
            // No documents table yet (a new database), or one a pending migration changes: the full check migrates it.
            return null;
        }
    }

    private static async Task WriteMarkAsync(TenantDbContext db, string key, CancellationToken cancellationToken)
    {
        // Straight to the table, not through the document store: marking is not a change readers or other nodes must hear of.
        var record = await db.Documents.SingleOrDefaultAsync(d => d.Id == MarkDocumentId, cancellationToken);
        if (record is null)
        {
            record = new DocumentRecord { Id = MarkDocumentId, Data = key, Version = 1 };
            db.Documents.Add(record);
        }
        else
        {
            record.Data = key;
            record.Version++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node marked it at the same moment, after the same migrations: its mark is as good as ours.
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    /// <summary>A short hash of every migration of every module: equal keys mean equal schemas.</summary>
    public string GetSchemaKey(IServiceProvider scopedServices)
    {
        return _schemaKey ??= Compute();

        string Compute() => ShortHash(string.Join('\n', migrations.SelectMany(m => m.GetMigrationIds(scopedServices))));
    }

    private static string ShortHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
