using DanVan.Orchard.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Postgres;

internal sealed class TenantContextFactory() : PostgresDesignTimeFactory<TenantDbContext>(TenantDbContext.MigrationsHistoryTable), IDesignTimeDbContextFactory<TenantDbContext>;
