using Microsoft.EntityFrameworkCore;

namespace DanVan.Search.Data;

/// <summary>The search module's table in the tenant's database: the index tasks.</summary>
public sealed class SearchDbContext(DbContextOptions<SearchDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Search";
    public const string TasksTable = "SearchIndexTasks";

    public DbSet<SearchIndexTask> Tasks => Set<SearchIndexTask>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SearchIndexTask>(task =>
        {
            task.ToTable(TasksTable);
            task.HasKey(t => t.Id);
            task.Property(t => t.ContentItemId).HasMaxLength(50);
            task.HasIndex(t => t.CreatedUtc);
        });
    }
}
