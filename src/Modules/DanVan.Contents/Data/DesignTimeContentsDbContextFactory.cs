using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Contents.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a tenant.</summary>
internal sealed class DesignTimeContentsDbContextFactory : IDesignTimeDbContextFactory<ContentsDbContext>
{
    public ContentsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ContentsDbContext>()
        .UseSqlite("Data Source=design.db", sqlite => sqlite.MigrationsHistoryTable(ContentsDbContext.MigrationsHistoryTable))
        .Options);
}
