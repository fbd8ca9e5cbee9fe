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

    public async Task CreateAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.TenantFolder(tenant.Name));
        await using var connection = new SqliteConnection(ConnectionString(tenant));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // WAL lets readers go on while a writer (an editor, the CLI) commits; the setting is stored in the file.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
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

    public void Release(TenantSettings tenant)
    {
        using var connection = new SqliteConnection(ConnectionString(tenant));
        SqliteConnection.ClearPool(connection);
    }

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
