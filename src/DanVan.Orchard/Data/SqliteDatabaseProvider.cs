using DanVan.Orchard.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Data;

/// <summary>One SQLite file per tenant: App_Data/Sites/&lt;tenant&gt;/danvan.db, in WAL mode.</summary>
public sealed class SqliteDatabaseProvider(AppDataPaths paths) : IDatabaseProvider
{
    public const string ProviderName = "Sqlite";

    public string Name => ProviderName;

    public void Configure(DbContextOptionsBuilder builder, TenantSettings tenant, string migrationsHistoryTable)
    {
        builder.UseSqlite(ConnectionString(tenant), sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable));
    }

    public async Task<bool> CreateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.TenantFolder(tenant.Name));
        var template = TemplateFile(schemaKey);
        if (File.Exists(template))
        {
            // Copying a migrated empty database takes a millisecond; running the migrations again takes tens.
            File.Copy(template, DatabaseFile(tenant), overwrite: false);
            return true;
        }

        await using var connection = new SqliteConnection(ConnectionString(tenant));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // WAL lets readers go on while a writer (an editor, the CLI) commits; the setting is stored in the file.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return false;
    }

    public async Task SaveTemplateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken)
    {
        var template = TemplateFile(schemaKey);
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        var temp = $"{template}.{Guid.NewGuid():N}.tmp";

        // SQLite's backup API gives a consistent copy whatever is still in the WAL; the rename publishes it whole.
        await using (var source = new SqliteConnection(ConnectionString(tenant)))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }

        File.Move(temp, template, overwrite: true);
    }

    public Task DeleteAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        Release(tenant);
        var file = DatabaseFile(tenant);
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        return Task.CompletedTask;
    }

    public long? GetSize(TenantSettings tenant)
    {
        var file = DatabaseFile(tenant);
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }

    public void Release(TenantSettings tenant)
    {
        using var connection = new SqliteConnection(ConnectionString(tenant));
        SqliteConnection.ClearPool(connection);
    }

    private string TemplateFile(string schemaKey) => Path.Combine(paths.Root, "Templates", $"sqlite-{schemaKey}.db");

    private string DatabaseFile(TenantSettings tenant) =>
        Path.Combine(paths.TenantFolder(tenant.Name), "danvan.db");

    private string ConnectionString(TenantSettings tenant) =>
        tenant.ConnectionString ?? new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseFile(tenant),
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
}
