using DanVan.Contents.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Postgres;

internal sealed class ContentsContextFactory() : PostgresDesignTimeFactory<ContentsDbContext>(ContentsDbContext.MigrationsHistoryTable), IDesignTimeDbContextFactory<ContentsDbContext>;
