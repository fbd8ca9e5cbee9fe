using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Feedback.Data;

/// <summary>Readers' messages, open captcha questions and the counts that decide when to ask one, in the tenant's own database.</summary>
public sealed class FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Feedback";

    public DbSet<FeedbackMessage> Messages => Set<FeedbackMessage>();

    public DbSet<CaptchaChallenge> Challenges => Set<CaptchaChallenge>();

    public DbSet<ClientCounter> Counters => Set<ClientCounter>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeedbackMessage>(e =>
        {
            e.ToTable("FeedbackMessages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(FeedbackMessage.NameMaxLength);
            e.Property(x => x.Email).HasMaxLength(FeedbackMessage.EmailMaxLength);
            e.Property(x => x.Phone).HasMaxLength(FeedbackMessage.PhoneMaxLength);
            e.Property(x => x.Subject).HasMaxLength(FeedbackMessage.SubjectMaxLength);
            e.Property(x => x.Body).HasMaxLength(FeedbackMessage.BodyMaxLength);
            e.Property(x => x.ContentPath).HasMaxLength(FeedbackMessage.PathMaxLength);
            e.Property(x => x.ContentTitle).HasMaxLength(FeedbackMessage.TitleMaxLength);
            e.Property(x => x.ClientAddress).HasMaxLength(64);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.HandledBy).HasMaxLength(256);
            e.Property(x => x.Reply).HasMaxLength(FeedbackMessage.BodyMaxLength);
            e.Property(x => x.Status).HasConversion<int>();

            // The moderator's list: newest of a status. Duplicate detection: the same text lately.
            e.HasIndex(x => new { x.Status, x.CreatedUtc });
            e.HasIndex(x => new { x.Fingerprint, x.CreatedUtc });

            // An article's published answers.
            e.HasIndex(x => new { x.ContentPath, x.IsPublished });
        });

        modelBuilder.Entity<CaptchaChallenge>(e =>
        {
            e.ToTable("CaptchaChallenges");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.Answer).HasMaxLength(16);
            e.Property(x => x.Question).HasMaxLength(200);
            e.HasIndex(x => x.ExpiresUtc);
        });

        modelBuilder.Entity<ClientCounter>(e =>
        {
            e.ToTable("ClientCounters");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(64);
            e.HasIndex(x => x.ExpiresUtc);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
