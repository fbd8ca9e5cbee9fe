using DanVan.Feedback.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Postgres;

internal sealed class FeedbackContextFactory() : PostgresDesignTimeFactory<FeedbackDbContext>(FeedbackDbContext.MigrationsHistoryTable), IDesignTimeDbContextFactory<FeedbackDbContext>;
