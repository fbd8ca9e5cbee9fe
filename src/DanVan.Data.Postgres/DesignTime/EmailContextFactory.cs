using DanVan.Email.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Postgres;

internal sealed class EmailContextFactory() : PostgresDesignTimeFactory<EmailDbContext>(EmailDbContext.MigrationsHistoryTable), IDesignTimeDbContextFactory<EmailDbContext>;
