using DanVan.Contents.Data;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Locking;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Contents.Scheduling;

/// <summary>
/// One turn of one tenant's schedule: publish what is due through <see cref="IContentManager"/> (so indexing, the
/// page cache and the audit trail follow as for a manual publish, in the name of who scheduled it); returns when the
/// next publication is due, or null. Only the version scheduled is published: if the latest version is another (a
/// draft saved since, by an import or anything that did not carry the schedule along), the schedule is called off.
/// One node at a time serves a tenant's schedule (a <see cref="IDistributedLock"/>, across nodes with Redis): another
/// node reading the same due rows would lose the publish to the first and take it for a newer draft.
/// </summary>
public sealed class ScheduledPublisher(
    ContentsDbContext db,
    IContentManager contents,
    PublishSchedule schedules,
    TenantContext tenant,
    IDistributedLock locks,
    [FromKeyedServices(PublishScheduleClock.Key)] TimeProvider clock,
    ILogger<ScheduledPublisher> logger)
{
    private const int BatchSize = 50;

    /// <summary>How soon a turn skipped because another node holds the tenant's schedule looks again.</summary>
    public static readonly TimeSpan HeldElsewhereRetry = TimeSpan.FromSeconds(5);

    /// <summary>The lock held while serving <paramref name="tenantName"/>'s schedule.</summary>
    public static string LockKey(string tenantName) => $"publish-schedule:{tenantName}";

    public async Task<DateTime?> RunAsync(CancellationToken cancellationToken)
    {
        // Most turns of most tenants (every running tenant at each scan) find nothing due: that is one read (the next
        // time due), and no lock taken (a round trip to Redis with several nodes). The lock is for publishing, and what
        // is due is read again under it: another node may have published it in between.
        var next = await NextAsync(cancellationToken);
        if (next is null || next > clock.UtcNow())
        {
            return next;
        }

        await using var held = await locks.TryAcquireAsync(LockKey(tenant.Settings.Name), TimeSpan.Zero, cancellationToken);
        if (held is null)
        {
            PublishScheduleLog.HeldElsewhere(logger, tenant.Settings.Name);
            return clock.UtcNow() + HeldElsewhereRetry;
        }

        var now = clock.UtcNow();
        var due = await db.Schedules.AsNoTracking().Where(s => s.CancelledUtc == null && s.PublishAtUtc <= now)
            .OrderBy(s => s.PublishAtUtc).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var schedule in due)
        {
            var latest = await contents.GetLatestVersionAsync(schedule.ContentItemId, cancellationToken);
            if (latest is null || latest.Removed || latest.Item.Published)
            {
                PublishScheduleLog.Dropped(logger, schedule.ContentItemId, tenant.Settings.Name);
            }
            else if (schedule.VersionStamp is null)
            {
                // A row from before versions were pinned: what it would publish was never reviewed as such.
                await schedules.CallOffAsync(schedule, ScheduleCancelReason.NotPinned, null, latest.Item.DisplayText, cancellationToken);
                continue;
            }
            else if (!await PublishAsync(schedule, cancellationToken) && !await PublishedElsewhereAsync(schedule, cancellationToken))
            {
                await schedules.CallOffAsync(schedule, ScheduleCancelReason.NewerDraft, null, latest.Item.DisplayText, cancellationToken);
                continue;
            }

            // Only this schedule: one moved meanwhile (an editor chose another time) stays. Published first, removed
            // after: a crash in between finds the item published and drops the schedule, never publishes another version.
            await db.Schedules.Where(s => s.ContentItemId == schedule.ContentItemId && s.PublishAtUtc == schedule.PublishAtUtc && s.CancelledUtc == null)
                .ExecuteDeleteAsync(cancellationToken);
        }

        return await NextAsync(cancellationToken);
    }

    /// <summary>When the next publication is due, or null.</summary>
    private Task<DateTime?> NextAsync(CancellationToken cancellationToken) =>
        db.Schedules.AsNoTracking().Where(s => s.CancelledUtc == null).Select(s => (DateTime?)s.PublishAtUtc).MinAsync(cancellationToken);

    /// <summary>The version scheduled was published meanwhile by someone else (a node whose lock ran out): nothing to call off.</summary>
    private async Task<bool> PublishedElsewhereAsync(ScheduledPublication schedule, CancellationToken cancellationToken)
    {
        var latest = await contents.GetLatestVersionAsync(schedule.ContentItemId, cancellationToken);
        if (latest is { Removed: false, Item.Published: true } && latest.Item.ContentItemVersionId == schedule.VersionId)
        {
            PublishScheduleLog.Dropped(logger, schedule.ContentItemId, tenant.Settings.Name);
            return true;
        }

        return false;
    }

    /// <summary>Publishes the version scheduled; false when the latest version is another one.</summary>
    private async Task<bool> PublishAsync(ScheduledPublication schedule, CancellationToken cancellationToken)
    {
        try
        {
            await contents.PublishAsync(schedule.ContentItemId, schedule.VersionStamp!, new ContentActor(schedule.UserId, schedule.UserName), cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            return false;
        }

        PublishScheduleLog.Published(logger, schedule.ContentItemId, tenant.Settings.Name, schedule.PublishAtUtc);
        return true;
    }
}
