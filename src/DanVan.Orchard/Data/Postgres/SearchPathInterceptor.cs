using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Orchard.Data;

/// <summary>
/// Points every connection a tenant's DbContext opens at the tenant's schema. All tenants share one pool (one
/// NpgsqlDataSource), so the schema is chosen per opening rather than by the connection string, which would make a pool
/// per tenant; the pool resets the session (DISCARD ALL) when a connection goes back, so nothing leaks to the next tenant.
/// </summary>
internal sealed class SearchPathInterceptor(string schema) : DbConnectionInterceptor
{
    private readonly string _command = $"SET search_path TO {PostgresSchemaName.Quote(schema)}";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _command;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _command;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
