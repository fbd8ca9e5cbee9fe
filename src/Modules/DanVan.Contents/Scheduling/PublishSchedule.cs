using DanVan.Contents.Data;
using DanVan.Orchard.Audit;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Contents.Scheduling;

/// <summary>
/// The current tenant's scheduled publications, as the admin and the publisher read and change them. A schedule names
/// the version to publish (its stamp); a later draft either carries the schedule along (saved by someone who may
/// publish the item: they vouch for it) or calls it off (saved by someone who may not), with an audit entry and a
/// notice in the admin.
/// </summary>
public sealed class PublishSchedule(
    ContentsDbContext db,
    TenantContext tenant,
    PublishScheduleSignal signal,
    IAuditTrailRecorder audit,
    [FromKeyedServices(PublishScheduleClock.Key)] TimeProvider clock,
    ILogger<PublishSchedule> logger)
{
    /// <summary>The audit trail's name (category Content) of a schedule called off by a newer draft.</summary>
    public const string CalledOffEvent = "ScheduleCancelled";

    public DateTime UtcNow => clock.UtcNow();

    /// <summary>When the item is scheduled to be published, or null (also when its schedule was called off).</summary>
    public async Task<DateTime?> GetAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Schedules.AsNoTracking().Where(s => s.ContentItemId == contentItemId && s.CancelledUtc == null)
            .Select(s => (DateTime?)s.PublishAtUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The scheduled times of those of <paramref name="contentItemIds"/> that have one in force (a page of the content list).</summary>
    public async Task<IReadOnlyDictionary<string, DateTime>> GetAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        if (contentItemIds.Count == 0)
        {
            return new Dictionary<string, DateTime>();
        }

        return await db.Schedules.AsNoTracking().Where(s => contentItemIds.Contains(s.ContentItemId) && s.CancelledUtc == null)
            .ToDictionaryAsync(s => s.ContentItemId, s => s.PublishAtUtc, cancellationToken);
    }

    /// <summary>The item's schedule that was called off (for the editor's notice), or null.</summary>
    public Task<ScheduledPublication?> GetCalledOffAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.ContentItemId == contentItemId && s.CancelledUtc != null, cancellationToken);

    /// <summary>Those of <paramref name="contentItemIds"/> whose schedule was called off.</summary>
    public async Task<IReadOnlySet<string>> GetCalledOffAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        if (contentItemIds.Count == 0)
        {
            return new HashSet<string>();
        }

        return await db.Schedules.AsNoTracking().Where(s => contentItemIds.Contains(s.ContentItemId) && s.CancelledUtc != null)
            .Select(s => s.ContentItemId).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// Publishes <paramref name="version"/> (and only it) at <paramref name="publishAtUtc"/>, in the name of
    /// <paramref name="actor"/>, replacing an earlier schedule of the item (in force or called off).
    /// </summary>
    public async Task SetAsync(ContentVersion version, DateTime publishAtUtc, ContentActor actor, CancellationToken cancellationToken)
    {
        var contentItemId = version.Item.ContentItemId;
        var row = await db.Schedules.FirstOrDefaultAsync(s => s.ContentItemId == contentItemId, cancellationToken);
        if (row is null)
        {
            row = new ScheduledPublication { ContentItemId = contentItemId };
            db.Schedules.Add(row);
        }

        row.PublishAtUtc = publishAtUtc;
        Pin(row, version, actor);
        row.CreatedUtc = clock.UtcNow();
        row.CancelledUtc = null;
        row.CancelReason = null;
        row.CancelledBy = null;
        await db.SaveChangesAsync(cancellationToken);
        signal.Due(tenant.Settings.Name, publishAtUtc);
    }

    /// <summary>Removes the item's schedule (in force, or the notice of one called off); false when it had none.</summary>
    public async Task<bool> CancelAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Schedules.Where(s => s.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>
    /// A draft of the item was saved (or an old version restored as one) by <paramref name="actor"/>: the schedule in
    /// force now publishes that draft if <paramref name="actorMayPublish"/>, else it is called off. Null when the item
    /// had no schedule in force.
    /// </summary>
    public async Task<ScheduleAfterSave?> DraftSavedAsync(ContentVersion saved, bool actorMayPublish, ContentActor actor, CancellationToken cancellationToken)
    {
        var contentItemId = saved.Item.ContentItemId;
        var row = await db.Schedules.FirstOrDefaultAsync(s => s.ContentItemId == contentItemId && s.CancelledUtc == null, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (actorMayPublish)
        {
            Pin(row, saved, actor);
            await db.SaveChangesAsync(cancellationToken);
            return new ScheduleAfterSave(row.PublishAtUtc, CalledOff: false);
        }

        db.Entry(row).State = EntityState.Detached;
        var calledOff = await CallOffAsync(row, ScheduleCancelReason.EditedWithoutPublishRight, actor.UserName, saved.Item.DisplayText, cancellationToken);
        return calledOff ? new ScheduleAfterSave(row.PublishAtUtc, CalledOff: true) : null;
    }

    /// <summary>
    /// Calls off <paramref name="schedule"/> as read (not one set again meanwhile), keeping it as a notice, and records
    /// why in the audit trail. False when the schedule had changed.
    /// </summary>
    public async Task<bool> CallOffAsync(
        ScheduledPublication schedule, ScheduleCancelReason reason, string? by, string? title, CancellationToken cancellationToken)
    {
        var now = (DateTime?)clock.UtcNow();
        var changed = await db.Schedules
            .Where(s => s.ContentItemId == schedule.ContentItemId && s.CancelledUtc == null &&
                s.PublishAtUtc == schedule.PublishAtUtc && s.VersionStamp == schedule.VersionStamp)
            .ExecuteUpdateAsync(
                u => u.SetProperty(s => s.CancelledUtc, now)
                    .SetProperty(s => s.CancelReason, (ScheduleCancelReason?)reason)
                    .SetProperty(s => s.CancelledBy, by),
                cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        PublishScheduleLog.CalledOff(logger, schedule.ContentItemId, tenant.Settings.Name, reason);
        var local = ScheduleTime.Format(tenant.ToLocal(schedule.PublishAtUtc));
        await audit.RecordAsync(
            new AuditEvent(AuditCategories.Content, CalledOffEvent, title ?? schedule.ContentItemId,
                ScheduleNotice.Describe(reason, local, by) + (schedule.UserName is null ? string.Empty : $" Lịch do {schedule.UserName} đặt."))
            {
                UserName = by ?? ContentActor.System.UserName,
            },
            cancellationToken);
        return true;
    }

    private static void Pin(ScheduledPublication row, ContentVersion version, ContentActor actor)
    {
        row.VersionId = version.Item.ContentItemVersionId;
        row.VersionStamp = version.ConcurrencyStamp;
        row.UserId = actor.UserId;
        row.UserName = actor.UserName;
    }
}
