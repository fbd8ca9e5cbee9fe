using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Contents;

/// <summary>The read an export needs: every version, in the order they were stored.</summary>
public sealed partial class ContentManager
{
    public async Task<(IReadOnlyList<ContentItem> Versions, long After)> ListVersionsBatchAsync(long after, int take, CancellationToken cancellationToken)
    {
        // Deleted items (the admin's trash) are left out: an export carries the site, not what was thrown away.
        var records = await db.ContentItems.AsNoTracking()
            .Where(c => c.Id > after && !c.Removed)
            .OrderBy(c => c.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return (records.Select(ToItem).ToList(), records.Count == 0 ? after : records[^1].Id);
    }
}
