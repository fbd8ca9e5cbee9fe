using DanVan.Search.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Postgres;

internal sealed class SearchContextFactory() : PostgresDesignTimeFactory<SearchDbContext>(SearchDbContext.MigrationsHistoryTable), IDesignTimeDbContextFactory<SearchDbContext>;
