using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Search.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a tenant.</summary>
internal sealed class DesignTimeSearchDbContextFactory : IDesignTimeDbContextFactory<SearchDbContext>
{
    public SearchDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SearchDbContext>()
        .UseSqlite("Data Source=design.db", sqlite => sqlite.MigrationsHistoryTable(SearchDbContext.MigrationsHistoryTable))
        .Options);
}
