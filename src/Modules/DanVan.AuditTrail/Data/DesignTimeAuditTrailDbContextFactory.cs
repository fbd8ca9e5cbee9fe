using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.AuditTrail.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a tenant.</summary>
internal sealed class DesignTimeAuditTrailDbContextFactory : IDesignTimeDbContextFactory<AuditTrailDbContext>
{
    public AuditTrailDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AuditTrailDbContext>()
        .UseSqlite("Data Source=design.db", sqlite => sqlite.MigrationsHistoryTable(AuditTrailDbContext.MigrationsHistoryTable))
        .Options);
}
