using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Contents.Data;

/// <summary>The content admin's own table (scheduled publications), in the tenant's database.</summary>
public sealed class ContentsDbContext(DbContextOptions<ContentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Contents";

    public DbSet<ScheduledPublication> Schedules => Set<ScheduledPublication>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ScheduledPublication>(e =>
        {
            e.ToTable("ContentPublishSchedule");
            e.HasKey(x => x.ContentItemId);
            e.Property(x => x.ContentItemId).HasMaxLength(ScheduledPublication.IdMaxLength);
            e.Property(x => x.UserId).HasMaxLength(ScheduledPublication.UserMaxLength);
            e.Property(x => x.UserName).HasMaxLength(ScheduledPublication.UserMaxLength);
            e.Property(x => x.VersionId).HasMaxLength(ScheduledPublication.IdMaxLength);
            e.Property(x => x.VersionStamp).HasMaxLength(ScheduledPublication.StampMaxLength);
            e.Property(x => x.CancelReason).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.CancelledBy).HasMaxLength(ScheduledPublication.UserMaxLength);

            // The scheduler's one question: what is due, and when is the next.
            e.HasIndex(x => x.PublishAtUtc);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
