using DanVan.Orchard.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Data;

/// <summary>
/// One SQLite file per tenant: App_Data/Sites/&lt;tenant&gt;/danvan.db, in WAL mode. Only <see cref="CreateAsync"/> (the
/// setup) may create the file: every other connection opens it with Mode=ReadWrite, so a file deleted or moved away
/// is an error, never silently replaced by an empty database that would take publishes and lose them.
/// </summary>
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

        await using var connection = new SqliteConnection(ConnectionString(tenant, create: true));
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

    public async Task<string?> CheckAvailableAsync(TenantSettings tenant, bool thorough, CancellationToken cancellationToken)
    {
        var file = DatabaseFile(tenant);
        if (tenant.ConnectionString is null && !File.Exists(file))
        {
            return $"its database file {file} is missing";
        }

        if (!thorough)
        {
            return null;
        }

        try
        {
            // Not pooled: a probe must not keep a handle on a file that may be about to be replaced by a restore.
            var builder = new SqliteConnectionStringBuilder(ConnectionString(tenant)) { Pooling = false };
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA schema_version;";
            await command.ExecuteScalarAsync(cancellationToken);
            return null;
        }
        catch (SqliteException e)
        {
            return $"its database {(tenant.ConnectionString is null ? "file " + file : "(custom connection string)")} cannot be opened: {e.Message.TrimEnd('.')}";
        }
    }

    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString(tenant)) { Pooling = false, Mode = SqliteOpenMode.ReadOnly };
        var problems = new List<string>();
        try
        {
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var line = reader.GetString(0);
                if (!string.Equals(line, "ok", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(line);
                }
            }
        }
        catch (SqliteException e)
        {
            // Not a database, a malformed image, busy: a problem to list, not a crash of the check.
            problems.Add(e.Message);
        }

        return problems;
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

    public ValueTask<long?> GetSizeAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var file = DatabaseFile(tenant);
        return ValueTask.FromResult<long?>(new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length));
    }

    public void Release(TenantSettings tenant)
    {
        using var connection = new SqliteConnection(ConnectionString(tenant));
        SqliteConnection.ClearPool(connection);
    }

    private string TemplateFile(string schemaKey) => Path.Combine(paths.Root, "Templates", $"sqlite-{schemaKey}.db");

    private string DatabaseFile(TenantSettings tenant) =>
        Path.Combine(paths.TenantFolder(tenant.Name), "danvan.db");

    /// <summary>
    /// The tenant's connection string; <paramref name="create"/> only for the setup's first connection. A custom
    /// connection string asking for ReadWriteCreate (SQLite's default) is narrowed to ReadWrite the same way.
    /// </summary>
    private string ConnectionString(TenantSettings tenant, bool create = false)
    {
        var builder = tenant.ConnectionString is { } custom
            ? new SqliteConnectionStringBuilder(custom)
            : new SqliteConnectionStringBuilder { DataSource = DatabaseFile(tenant), Pooling = true, ForeignKeys = true };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && !create)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        if (create)
        {
            // The creating connection is used once; pooling it would keep a second pool keyed by this string.
            builder.Pooling = false;
        }

        return builder.ToString();
    }
}
