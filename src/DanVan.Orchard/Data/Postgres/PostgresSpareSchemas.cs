using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DanVan.Orchard.Data;

/// <summary>
/// Schemas copied from a template ahead of time (<c>sp_&lt;schema key&gt;_&lt;random&gt;</c>), so that a setup only renames
/// one (<c>ALTER SCHEMA … RENAME</c>, a catalog update) instead of copying the template's tables and indexes, which is
/// catalog-heavy DDL and most of a setup's time on PostgreSQL. Topped up in the background after each setup. Every
/// spare is made in one transaction and taken in the setup's, so a crash leaves either a whole spare or none, and never
/// half a tenant. Spares and templates of a schema key no node has used for <see cref="DatabaseOptions.StaleSchemaKeyAfter"/>
/// (an older build's) are dropped; a key still in use by a node of another build (a rolling upgrade) is kept.
/// </summary>
public sealed class PostgresSpareSchemas(PostgresCatalog catalog, IOptions<DatabaseOptions> options, ILogger<PostgresSpareSchemas> logger) : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;
    private string? _pendingKey;

    /// <summary>
    /// Takes a spare of <paramref name="schemaKey"/> as <paramref name="schema"/> within the caller's transaction, which
    /// holds the template's shared lock (dropping a key's schemas takes it exclusively). False when none is left.
    /// </summary>
    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, string schemaKey, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT danvan.take_spare(@prefix, @schema)", connection);
        command.Parameters.AddWithValue("prefix", PostgresSchemaName.SparePrefix(schemaKey));
        command.Parameters.AddWithValue("schema", schema);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>Starts a top-up in the background unless one is running; a request made meanwhile runs after it.</summary>
    public void RequestTopUp(string schemaKey)
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            if (!_running.IsCompleted)
            {
                _pendingKey = schemaKey;
                return;
            }

            _running = Task.Run(() => RunAsync(schemaKey));
        }
    }

    private async Task RunAsync(string schemaKey)
    {
        for (string? key = schemaKey; key is not null;)
        {
            try
            {
                await TopUpAsync(key, _stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // Spares only save time: a setup without one copies the template as before.
                PostgresLog.SpareTopUpFailed(logger, e, key);
            }

            lock (_gate)
            {
                key = _pendingKey;
                _pendingKey = null;
            }
        }
    }

    /// <summary>Notes that this build uses <paramref name="schemaKey"/>, drops stale keys' schemas, then makes spares up to the configured count.</summary>
    public async Task TopUpAsync(string schemaKey, CancellationToken cancellationToken)
    {
        await catalog.EnsureAsync(cancellationToken);
        await using (var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, "INSERT INTO danvan.schema_keys (key, seen) VALUES (@key, now()) ON CONFLICT (key) DO UPDATE SET seen = now()",
                cancellationToken, ("key", schemaKey));
            await using var stale = new NpgsqlCommand("SELECT danvan.drop_stale_schema_keys(@key, @after)", connection);
            stale.Parameters.AddWithValue("key", schemaKey);
            stale.Parameters.AddWithValue("after", options.Value.StaleSchemaKeyAfter);
            if (await stale.ExecuteScalarAsync(cancellationToken) is int dropped and > 0)
            {
                PostgresLog.StaleSchemasDropped(logger, dropped);
            }
        }

        while (!cancellationToken.IsCancellationRequested && await MakeSpareAsync(schemaKey, cancellationToken))
        {
        }
    }

    /// <summary>One spare, in a transaction of its own; false when there are enough, or no template to copy yet.</summary>
    private async Task<bool> MakeSpareAsync(string schemaKey, CancellationToken cancellationToken)
    {
        var template = PostgresSchemaName.ForTemplate(schemaKey);
        await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Nodes topping up together count one after another (no more spares than asked); the template's shared lock
        // keeps it from being dropped under the copy. A spare lost to a crash before its commit reached the disk is
        // just not there: no need to wait for the flush.
        await ExecuteAsync(connection, """
            SET LOCAL synchronous_commit = off;
            SELECT pg_advisory_xact_lock(hashtext(@prefix));
            SELECT pg_advisory_xact_lock_shared(hashtext(@template));
            """, cancellationToken, ("prefix", PostgresSchemaName.SparePrefix(schemaKey)), ("template", template));
        await using var count = new NpgsqlCommand("""
            SELECT to_regnamespace(@template) IS NOT NULL
               AND (SELECT count(*) FROM pg_namespace WHERE starts_with(nspname, @prefix)) < @wanted
            """, connection);
        count.Parameters.AddWithValue("template", template);
        count.Parameters.AddWithValue("prefix", PostgresSchemaName.SparePrefix(schemaKey));
        count.Parameters.AddWithValue("wanted", (long)options.Value.SpareSchemas);
        if (await count.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return false;
        }

        await ExecuteAsync(connection, "SELECT danvan.clone_schema(@template, @spare)", cancellationToken,
            ("template", template), ("spare", PostgresSchemaName.NewSpare(schemaKey)));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        Task running;
        lock (_gate)
        {
            _stopping.Cancel();
            running = _running;
        }

        // The pool goes away after this: let the top-up end first rather than fail on a disposed source.
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>A container disposed synchronously: the top-up is told to stop; its transaction rolls back with its connection.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping.Cancel();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
