using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DanVan.Orchard.Data;

internal static class PostgresServiceCollectionExtensions
{
    /// <summary>The node's one pool for every tenant, the schema-per-tenant provider and the shared tenant store.</summary>
    public static IServiceCollection AddOrchardPostgres(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString) { MaxPoolSize = options.MaxPoolSize };
            if (!new System.Data.Common.DbConnectionStringBuilder { ConnectionString = options.ConnectionString }.ContainsKey("Timeout"))
            {
                // A server that does not answer (down, network lost) fails a request in 5 s, not Npgsql's 15: the
                // request becomes a 503 (see DatabaseOutage) before a load balancer or a reader gives up on it.
                connection.Timeout = 5;
            }

            return new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        });
        services.AddSingleton<PostgresCatalog>();
        services.AddSingleton<PostgresSpareSchemas>();
        services.AddSingleton<IDatabaseProvider, PostgresDatabaseProvider>();
        services.AddSingleton<ITenantStore, PostgresTenantStore>();
        return services;
    }
}
