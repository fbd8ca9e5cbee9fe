using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Orchard.Data;

/// <summary>The framework's tables in a tenant's database: documents and content items. Modules bring their own contexts.</summary>
public sealed class TenantDbContext(DbContextOptions<TenantDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Orchard";

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentRecord>(document =>
        {
            document.ToTable("Documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).HasMaxLength(100);
            document.Property(d => d.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<ContentItemRecord>(item =>
        {
            item.ToTable("ContentItems");
            item.HasKey(c => c.Id);
            item.Property(c => c.ContentItemId).HasMaxLength(50);
            item.Property(c => c.ContentItemVersionId).HasMaxLength(50);
            item.Property(c => c.ContentType).HasMaxLength(100);
            item.Property(c => c.DisplayText).HasMaxLength(500);
            item.Property(c => c.Path).HasMaxLength(400);
            item.Property(c => c.Owner).HasMaxLength(100);
            item.Property(c => c.Author).HasMaxLength(100);
            item.Property(c => c.ConcurrencyStamp).HasMaxLength(36).IsConcurrencyToken();
            item.Property(c => c.Removed).HasDefaultValue(false);
            item.HasIndex(c => c.ContentItemVersionId).IsUnique();
            item.HasIndex(c => new { c.ContentItemId, c.Latest, c.Published });
            item.HasIndex(c => new { c.ContentType, c.Published, c.PublishedUtc });
            item.HasIndex(c => new { c.Path, c.Published });
            item.HasIndex(c => new { c.ContentType, c.Latest, c.Removed, c.ModifiedUtc });
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
