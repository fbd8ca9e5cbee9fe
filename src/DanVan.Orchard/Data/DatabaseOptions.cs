using Microsoft.Extensions.Configuration;

namespace DanVan.Orchard.Data;

/// <summary>The <c>DanVan:Database</c> section: which engine holds the tenants' data and the tenant store.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "DanVan:Database";

    /// <summary><c>Sqlite</c> (a file per tenant, the embedded default) or <c>Postgres</c> (a schema per tenant on one server).</summary>
    public string Provider { get; set; } = SqliteDatabaseProvider.ProviderName;

    /// <summary>The PostgreSQL server and database (Npgsql syntax); required with <c>Postgres</c>, unused with SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Connections this node may hold to PostgreSQL, all tenants together (one pool, the tenant chosen per
    /// connection): a thousand tenants cost no more connections than one.
    /// </summary>
    public int MaxPoolSize { get; set; } = 50;

    /// <summary>
    /// PostgreSQL: copies of the current template kept ready, so that a setup renames one instead of copying the
    /// template (made in the background after each setup); 0 turns them off.
    /// </summary>
    public int SpareSchemas { get; set; } = 2;

    /// <summary>
    /// PostgreSQL: how long a schema key no node has used (an older build's) keeps its template and spares before a
    /// node of a newer build drops them; long enough for a rolling upgrade of every node.
    /// </summary>
    public TimeSpan StaleSchemaKeyAfter { get; set; } = TimeSpan.FromDays(1);

    public bool UsesPostgres => string.Equals(Provider, PostgresDatabaseProvider.ProviderName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Read before the container is built: the provider decides which services are registered.</summary>
    public static DatabaseOptions Read(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
