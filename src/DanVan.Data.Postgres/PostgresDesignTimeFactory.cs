using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/DanVan.Data.Postgres</c> build a tenant context on PostgreSQL
/// without a server (adding a migration never connects). One subclass per context, as the tools look them up by type.
/// </summary>
internal abstract class PostgresDesignTimeFactory<TContext>(string migrationsHistoryTable)
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design", npgsql => npgsql
                .MigrationsAssembly(typeof(PostgresDesignTimeFactory<>).Assembly.GetName().Name)
                .MigrationsHistoryTable(migrationsHistoryTable))
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
