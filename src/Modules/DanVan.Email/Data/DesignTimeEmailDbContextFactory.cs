using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Email.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a tenant.</summary>
internal sealed class DesignTimeEmailDbContextFactory : IDesignTimeDbContextFactory<EmailDbContext>
{
    public EmailDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<EmailDbContext>()
        .UseSqlite("Data Source=design.db", sqlite => sqlite.MigrationsHistoryTable(EmailDbContext.MigrationsHistoryTable))
        .Options);
}
