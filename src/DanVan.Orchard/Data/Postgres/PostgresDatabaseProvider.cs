using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DanVan.Orchard.Data;

/// <summary>
/// A schema per tenant (<c>t_&lt;name&gt;</c>) in one PostgreSQL database, every tenant on the node's one pool; see the
/// README's "Scale-out" section for why schemas and not databases. Migrations are PostgreSQL's own set, kept in the
/// <see cref="MigrationsAssembly"/>; a setup copies a template schema (<c>tpl_&lt;schema key&gt;</c>) saved by the
/// first setup of that schema instead of running them, or rather renames a spare copy made ahead of time
/// (<see cref="PostgresSpareSchemas"/>).
/// </summary>
public sealed class PostgresDatabaseProvider(PostgresCatalog catalog, PostgresSpareSchemas spares, TimeProvider clock) : IDatabaseProvider
{
    private readonly PostgresSchemaSizes _sizes = new(catalog.DataSource, clock);

    public const string ProviderName = "Postgres";

    /// <summary>Holds every module's PostgreSQL migrations; SQLite's stay in each module.</summary>
    public const string MigrationsAssembly = "DanVan.Data.Postgres";

    public string Name => ProviderName;

    public void Configure(DbContextOptionsBuilder builder, TenantSettings tenant, string migrationsHistoryTable)
    {
        var schema = PostgresSchemaName.ForTenant(tenant.Name);
        builder
            .UseNpgsql(catalog.DataSource, npgsql => npgsql
                .MigrationsAssembly(MigrationsAssembly)

                // Qualified: EF's "does the history table exist" would otherwise find another tenant's.
                .MigrationsHistoryTable(migrationsHistoryTable, schema))
            .AddInterceptors(new SearchPathInterceptor(schema));
    }

    public async Task<bool> CreateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken)
    {
        await catalog.EnsureAsync(cancellationToken);
        var template = PostgresSchemaName.ForTemplate(schemaKey);
        var schema = PostgresSchemaName.ForTenant(tenant.Name);
        await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Shared: copies may run together, but never while the template is being saved. The commit need not wait for
        // the disk: the setup's later commits (its data, the tenant store's Running) flush this one along, and a crash
        // before them leaves a setup that is started over from nothing anyway.
        await ExecuteAsync(connection, "SET LOCAL synchronous_commit = off; SELECT pg_advisory_xact_lock_shared(hashtext(@template))", cancellationToken, ("template", template));
        var copied = await ScalarAsync(connection, "SELECT to_regnamespace(@template) IS NOT NULL", cancellationToken, ("template", template)) is true;
        if (!copied)
        {
            await ExecuteAsync(connection, $"CREATE SCHEMA {PostgresSchemaName.Quote(schema)}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        bool taken;
        using (SetupActivities.Start("setup.database.spare"))
        {
            taken = await PostgresSpareSchemas.TryTakeAsync(connection, schemaKey, schema, cancellationToken);
        }

        if (!taken)
        {
            using var copy = SetupActivities.Start("setup.database.copy");
            await ExecuteAsync(connection, "SELECT danvan.clone_schema(@template, @schema)", cancellationToken, ("template", template), ("schema", schema));
        }

        await transaction.CommitAsync(cancellationToken);
        spares.RequestTopUp(schemaKey);
        return true;
    }

    public async Task SaveTemplateAsync(TenantSettings tenant, string schemaKey, CancellationToken cancellationToken)
    {
        var template = PostgresSchemaName.ForTemplate(schemaKey);
        await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext(@template))", cancellationToken, ("template", template));

        // Equal keys mean equal schemas: a template another setup saved meanwhile (tenants set up in parallel) is kept.
        if (await ScalarAsync(connection, "SELECT to_regnamespace(@template) IS NOT NULL", cancellationToken, ("template", template)) is true)
        {
            return;
        }

        try
        {
            await ExecuteAsync(connection, "SELECT danvan.clone_schema(@schema, @template)", cancellationToken,
                ("schema", PostgresSchemaName.ForTenant(tenant.Name)), ("template", template));

            // Noted with the template, so no node of another build takes it for a stale key's before the top-up notes it.
            await ExecuteAsync(connection, "INSERT INTO danvan.schema_keys (key, seen) VALUES (@key, now()) ON CONFLICT (key) DO UPDATE SET seen = now()",
                cancellationToken, ("key", schemaKey));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateSchema)
        {
            // Saved by another node between the check and the copy: the same schema, nothing lost.
        }

        spares.RequestTopUp(schemaKey);
    }

    public async Task<string?> CheckAvailableAsync(TenantSettings tenant, bool thorough, CancellationToken cancellationToken)
    {
        // Asked on every request: a round trip to the server is not "next to nothing"; a missing schema shows as an error.
        if (!thorough)
        {
            return null;
        }

        var schema = PostgresSchemaName.ForTenant(tenant.Name);
        try
        {
            await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
            return await ScalarAsync(connection, "SELECT to_regnamespace(@schema) IS NOT NULL", cancellationToken, ("schema", schema)) is true
                ? null
                : $"its schema {schema} is missing";
        }
        catch (NpgsqlException e)
        {
            return $"its schema {schema} cannot be reached: {e.Message.TrimEnd('.')}";
        }
    }

    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(TenantSettings tenant, CancellationToken cancellationToken) =>
        await CheckAvailableAsync(tenant, thorough: true, cancellationToken) is { } problem ? [problem] : [];

    public async Task DeleteAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        await catalog.EnsureAsync(cancellationToken);
        await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"DROP SCHEMA IF EXISTS {PostgresSchemaName.Quote(PostgresSchemaName.ForTenant(tenant.Name))} CASCADE", cancellationToken);
    }

    public bool CommitsOutOfOrder => true;

    public async Task<WriterSnapshot?> ReadWriterSnapshotAsync(System.Data.Common.DbTransaction transaction, CancellationToken cancellationToken)
    {
        // xid8 values (epoch and number, never wrapping) read as bigint; the statement's snapshot is the transaction's on repeatable read.
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint FROM pg_current_snapshot() s";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new WriterSnapshot(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>From one query over every tenant schema, kept a minute: the admin list asks per tenant.</summary>
    public async ValueTask<long?> GetSizeAsync(TenantSettings tenant, CancellationToken cancellationToken) =>
        (await _sizes.GetAsync(cancellationToken)).TryGetValue(PostgresSchemaName.ForTenant(tenant.Name), out var size) ? size : null;

    /// <summary>Nothing to release: the pool is the node's, not the tenant's.</summary>
    public void Release(TenantSettings tenant)
    {
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
