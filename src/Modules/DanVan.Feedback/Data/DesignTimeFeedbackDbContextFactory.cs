using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Feedback.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a tenant.</summary>
internal sealed class DesignTimeFeedbackDbContextFactory : IDesignTimeDbContextFactory<FeedbackDbContext>
{
    public FeedbackDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<FeedbackDbContext>()
        .UseSqlite("Data Source=design.db", sqlite => sqlite.MigrationsHistoryTable(FeedbackDbContext.MigrationsHistoryTable))
        .Options);
}
