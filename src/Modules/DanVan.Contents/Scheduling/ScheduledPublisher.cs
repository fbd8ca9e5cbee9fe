using DanVan.Contents.Data;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Contents.Scheduling;

/// <summary>
/// One turn of one tenant's schedule: publish what is due through <see cref="IContentManager"/> (so indexing, the
/// page cache and the audit trail follow as for a manual publish); returns when the next publication is due, or null.
/// </summary>
public sealed class ScheduledPublisher(
    ContentsDbContext db,
    IContentManager contents,
    TenantContext tenant,
    [FromKeyedServices(PublishScheduleClock.Key)] TimeProvider clock,
    ILogger<ScheduledPublisher> logger)
{
    private const int BatchSize = 50;

    public async Task<DateTime?> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var due = await db.Schedules.AsNoTracking().Where(s => s.PublishAtUtc <= now)
            .OrderBy(s => s.PublishAtUtc).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var schedule in due)
        {
            var latest = await contents.GetLatestVersionAsync(schedule.ContentItemId, cancellationToken);
            if (latest is null || latest.Removed || latest.Item.Published)
            {
                PublishScheduleLog.Dropped(logger, schedule.ContentItemId, tenant.Settings.Name);
            }
            else
            {
                await contents.PublishAsync(schedule.ContentItemId, new ContentActor(schedule.UserId, schedule.UserName), cancellationToken);
                PublishScheduleLog.Published(logger, schedule.ContentItemId, tenant.Settings.Name, schedule.PublishAtUtc);
            }

            // Only this schedule: one moved meanwhile (an editor chose another time) stays. Published first, removed
            // after: a crash in between publishes again (nothing changes: the latest is published), never loses it.
            await db.Schedules.Where(s => s.ContentItemId == schedule.ContentItemId && s.PublishAtUtc == schedule.PublishAtUtc)
                .ExecuteDeleteAsync(cancellationToken);
        }

        return await db.Schedules.AsNoTracking().Select(s => (DateTime?)s.PublishAtUtc).MinAsync(cancellationToken);
    }
}
