using Npgsql;

namespace DanVan.Orchard.Data;

/// <summary>
/// The size of every tenant schema (tables, their indexes and TOAST), read by one catalog query and kept for
/// <see cref="MaxAge"/>: the portal's tenant list asks for each of a thousand tenants, and a query per tenant per visit
/// would cost more than the page. One refresh at a time; readers of a fresh snapshot never wait.
/// </summary>
internal sealed class PostgresSchemaSizes(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private const string Query = """
        SELECT n.nspname, sum(pg_total_relation_size(c.oid))::bigint
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'm') AND n.nspname LIKE 't\_%'
        GROUP BY n.nspname
        """;

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Snapshot? _snapshot;

    public async Task<IReadOnlyDictionary<string, long>> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } refreshed)
            {
                return refreshed;
            }

            var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
            await using var command = dataSource.CreateCommand(Query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sizes[reader.GetString(0)] = reader.GetInt64(1);
            }

            _snapshot = new Snapshot(sizes, clock.GetUtcNow());
            return sizes;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private IReadOnlyDictionary<string, long>? Fresh() =>
        _snapshot is { } snapshot && clock.GetUtcNow() - snapshot.Taken < MaxAge ? snapshot.Sizes : null;

    private sealed record Snapshot(IReadOnlyDictionary<string, long> Sizes, DateTimeOffset Taken);
}
