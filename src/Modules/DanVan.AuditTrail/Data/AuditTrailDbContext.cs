using DanVan.AuditTrail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.AuditTrail.Data;

/// <summary>The audit trail's table, in the tenant's own database.</summary>
public sealed class AuditTrailDbContext(DbContextOptions<AuditTrailDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_AuditTrail";

    public DbSet<AuditTrailEvent> Events => Set<AuditTrailEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditTrailEvent>(e =>
        {
            e.ToTable("AuditTrailEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Category).HasMaxLength(50);
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.ContentItemId).HasMaxLength(50);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(50);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.DisplayText).HasMaxLength(AuditTrailEvent.DisplayTextMaxLength);
            e.Property(x => x.Details).HasMaxLength(AuditTrailEvent.DetailsMaxLength);
            e.Property(x => x.ClientAddress).HasMaxLength(AuditTrailEvent.ClientAddressMaxLength);
            e.Property(x => x.UserId).HasMaxLength(100);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.HasIndex(x => x.CreatedUtc);
            e.HasIndex(x => x.ContentItemId);
            e.HasIndex(x => new { x.Category, x.CreatedUtc });
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
