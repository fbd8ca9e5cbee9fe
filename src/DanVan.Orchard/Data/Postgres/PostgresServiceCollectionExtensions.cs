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
            return new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        });
        services.AddSingleton<PostgresCatalog>();
        services.AddSingleton<PostgresSpareSchemas>();
        services.AddSingleton<IDatabaseProvider, PostgresDatabaseProvider>();
        services.AddSingleton<ITenantStore, PostgresTenantStore>();
        return services;
    }
}
