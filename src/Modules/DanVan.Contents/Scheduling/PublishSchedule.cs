using DanVan.Contents.Data;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Contents.Scheduling;

/// <summary>The current tenant's scheduled publications, as the admin reads and changes them.</summary>
public sealed class PublishSchedule(
    ContentsDbContext db,
    TenantContext tenant,
    PublishScheduleSignal signal,
    [FromKeyedServices(PublishScheduleClock.Key)] TimeProvider clock)
{
    public DateTime UtcNow => clock.UtcNow();

    public async Task<DateTime?> GetAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Schedules.AsNoTracking().Where(s => s.ContentItemId == contentItemId)
            .Select(s => (DateTime?)s.PublishAtUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The scheduled times of those of <paramref name="contentItemIds"/> that have one (a page of the content list).</summary>
    public async Task<IReadOnlyDictionary<string, DateTime>> GetAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        if (contentItemIds.Count == 0)
        {
            return new Dictionary<string, DateTime>();
        }

        return await db.Schedules.AsNoTracking().Where(s => contentItemIds.Contains(s.ContentItemId))
            .ToDictionaryAsync(s => s.ContentItemId, s => s.PublishAtUtc, cancellationToken);
    }

    /// <summary>Publishes the item's latest version at <paramref name="publishAtUtc"/> (replacing an earlier schedule), in the name of <paramref name="actor"/>.</summary>
    public async Task SetAsync(string contentItemId, DateTime publishAtUtc, ContentActor actor, CancellationToken cancellationToken)
    {
        var row = await db.Schedules.FirstOrDefaultAsync(s => s.ContentItemId == contentItemId, cancellationToken);
        if (row is null)
        {
            row = new ScheduledPublication { ContentItemId = contentItemId };
            db.Schedules.Add(row);
        }

        row.PublishAtUtc = publishAtUtc;
        row.UserId = actor.UserId;
        row.UserName = actor.UserName;
        row.CreatedUtc = clock.UtcNow();
        await db.SaveChangesAsync(cancellationToken);
        signal.Due(tenant.Settings.Name, publishAtUtc);
    }

    /// <summary>Removes the item's schedule; false when it had none.</summary>
    public async Task<bool> CancelAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.Schedules.Where(s => s.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken) > 0;
}
