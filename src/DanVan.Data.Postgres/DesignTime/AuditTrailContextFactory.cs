using DanVan.AuditTrail.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Postgres;

internal sealed class AuditTrailContextFactory() : PostgresDesignTimeFactory<AuditTrailDbContext>(AuditTrailDbContext.MigrationsHistoryTable), IDesignTimeDbContextFactory<AuditTrailDbContext>;
