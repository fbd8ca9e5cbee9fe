using DanVan.Users.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Postgres;

internal sealed class UsersContextFactory() : PostgresDesignTimeFactory<UsersDbContext>(UsersDbContext.MigrationsHistoryTable), IDesignTimeDbContextFactory<UsersDbContext>;
