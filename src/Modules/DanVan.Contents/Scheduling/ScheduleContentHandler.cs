using DanVan.Contents.Data;
using DanVan.Orchard.Contents;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Contents.Scheduling;

/// <summary>
/// An item published (by hand, in bulk, or by the publisher itself) or deleted has nothing left to schedule: its
/// schedule, or the notice of one called off, goes. Otherwise a draft saved after a manual publish could be published
/// by a schedule its editor thought spent.
/// </summary>
public sealed class ScheduleContentHandler(ContentsDbContext db) : IContentEventHandler
{
    public async Task OnContentEventAsync(ContentEventKind kind, ContentItem item, ContentActor actor, CancellationToken cancellationToken)
    {
        // Read first: most items have no schedule, and a read takes no write lock on the tenant's database.
        if (kind is ContentEventKind.Published or ContentEventKind.Removed &&
            await db.Schedules.AnyAsync(s => s.ContentItemId == item.ContentItemId, cancellationToken))
        {
            // The change is stored: removing its schedule must not depend on the client still waiting.
            await db.Schedules.Where(s => s.ContentItemId == item.ContentItemId).ExecuteDeleteAsync(CancellationToken.None);
        }
    }
}
