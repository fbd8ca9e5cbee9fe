using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Email.Data;

/// <summary>The outbox table, in the tenant's own database.</summary>
public sealed class EmailDbContext(DbContextOptions<EmailDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Email";

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("EmailOutbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.MessageId).HasMaxLength(300);
            e.Property(x => x.To).HasMaxLength(OutboxMessage.AddressMaxLength);
            e.Property(x => x.Template).HasMaxLength(50);
            e.Property(x => x.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength);
            e.Property(x => x.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
            e.Property(x => x.LeaseToken).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<int>();

            // The sender's one question: what is due now. The admin's: the newest of each status.
            e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
            e.HasIndex(x => new { x.Status, x.CreatedUtc });
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
