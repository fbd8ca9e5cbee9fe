using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Orchard.Tenancy;
using Npgsql;

namespace DanVan.Orchard.Data;

/// <summary>
/// The tenant store every node shares when the data is in PostgreSQL: a row per tenant in <c>danvan.tenants</c> (its
/// settings as JSON, the same shape as tenants.json) and a version number bumped by every change, which the nodes poll.
/// An update runs in one transaction holding the store's row lock, so writers from several nodes and the CLI queue up.
/// </summary>
public sealed class PostgresTenantStore(PostgresCatalog catalog) : ITenantStore
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<IReadOnlyList<TenantSettings>> LoadAsync(CancellationToken cancellationToken)
    {
        await catalog.EnsureAsync(cancellationToken);
        await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
        return (await ReadAsync(connection, cancellationToken)).Select(row => row.Settings).ToList();
    }

    public async Task<T> UpdateAsync<T>(Func<List<TenantSettings>, T> change, CancellationToken cancellationToken)
    {
        await catalog.EnsureAsync(cancellationToken);
        await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockRow = new NpgsqlCommand("SELECT version FROM danvan.tenant_store WHERE id = 1 FOR UPDATE", connection))
        {
            await lockRow.ExecuteNonQueryAsync(cancellationToken);
        }

        var before = await ReadAsync(connection, cancellationToken);
        var tenants = before.Select(row => row.Settings).ToList();
        var result = change(tenants);

        // Only what changed is written: a setup's heartbeat rewrites one row, not a thousand.
        var stored = before.ToDictionary(row => row.Settings.Name, row => row.Json, StringComparer.OrdinalIgnoreCase);
        var batch = new NpgsqlBatch(connection);
        foreach (var tenant in tenants)
        {
            var json = JsonSerializer.Serialize(tenant, SerializerOptions);
            if (!stored.Remove(tenant.Name, out var old) || old != json)
            {
                batch.BatchCommands.Add(Command(
                    "INSERT INTO danvan.tenants (name, settings) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET settings = excluded.settings",
                    tenant.Name, json));
            }
        }

        foreach (var removed in stored.Keys)
        {
            batch.BatchCommands.Add(Command("DELETE FROM danvan.tenants WHERE name = $1", removed));
        }

        if (batch.BatchCommands.Count > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE danvan.tenant_store SET version = version + 1 WHERE id = 1"));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await batch.DisposeAsync();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<string> GetVersionAsync(CancellationToken cancellationToken)
    {
        await catalog.EnsureAsync(cancellationToken);
        await using var connection = await catalog.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT version FROM danvan.tenant_store WHERE id = 1", connection);
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "none";
    }

    private static async Task<List<(TenantSettings Settings, string Json)>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT name, settings FROM danvan.tenants ORDER BY ordinal", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(TenantSettings, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var json = reader.GetString(1);
            TenantSettings? settings;
            try
            {
                settings = JsonSerializer.Deserialize<TenantSettings>(json, SerializerOptions);
            }
            catch (JsonException e)
            {
                // As with a bad hand edit of tenants.json: one line naming the row, and the last good table kept.
                throw new TenantStoreException($"danvan.tenants: the row of '{reader.GetString(0)}' is not valid: {e.Message.ReplaceLineEndings(" ")}; fix or restore it.", e);
            }

            rows.Add((settings ?? throw new TenantStoreException($"danvan.tenants: the row of '{reader.GetString(0)}' holds no settings; fix or restore it."), json));
        }

        return rows;
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
