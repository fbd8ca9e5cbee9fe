using Microsoft.EntityFrameworkCore;

namespace DanVan.Orchard.Contents;

/// <summary>The reads: published items by path and type, the admin's lists, counts and mentions.</summary>
public sealed partial class ContentManager
{
    public async Task<ContentItem?> GetPublishedByPathAsync(string contentType, string path, CancellationToken cancellationToken)
    {
        var record = await db.ContentItems.AsNoTracking()
            .Where(c => c.Path == path && c.Published && c.ContentType == contentType)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ToItem(record);
    }

    public async Task<ContentItem?> GetPublishedByPathAsync(string path, CancellationToken cancellationToken)
    {
        // Paths are unique among latest and published versions, so at most one published row answers.
        var record = await db.ContentItems.AsNoTracking()
            .Where(c => c.Path == path && c.Published && !c.Removed)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ToItem(record);
    }

    public async Task<IReadOnlyList<PublishedRoute>> ListPublishedRoutesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => c.Published && !c.Removed && c.Path != null && c.Path != "")
            .OrderByDescending(c => c.ModifiedUtc).ThenByDescending(c => c.Id)
            .Select(c => new { c.ContentItemId, c.Path, c.ContentType, c.ModifiedUtc, c.PublishedUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublishedRoute(r.ContentItemId, r.Path!, r.ContentType, r.ModifiedUtc ?? r.PublishedUtc)).ToList();
    }

    public async Task<IReadOnlyList<ContentItem>> ListPublishedAsync(string contentType, int skip, int take, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentType == contentType && c.Published)
            .OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return records.Select(ToItem).ToList();
    }

    /// <summary>The published versions of these items (an item not published, or removed, is simply absent).</summary>
    public async Task<IReadOnlyList<ContentItem>> GetPublishedAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(c => contentItemIds.Contains(c.ContentItemId) && c.Published && !c.Removed)
            .ToListAsync(cancellationToken);
        return records.Select(ToItem).ToList();
    }

    /// <summary>
    /// Every published item of these types, a batch at a time in storage order (for rebuilding a search index without
    /// holding them all): pass the <c>After</c> of the previous batch, 0 to start.
    /// </summary>
    public async Task<(IReadOnlyList<ContentItem> Items, long After)> ListPublishedBatchAsync(
        IReadOnlyCollection<string> contentTypes, long after, int take, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(c => c.Id > after && c.Published && !c.Removed && contentTypes.Contains(c.ContentType))
            .OrderBy(c => c.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return (records.Select(ToItem).ToList(), records.Count == 0 ? after : records[^1].Id);
    }

    /// <summary>The latest version with its concurrency stamp (also for a removed item, to restore it).</summary>
    public async Task<ContentVersion?> GetLatestVersionAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var record = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Latest, cancellationToken);
        return record is null ? null : ToVersion(record);
    }

    public async Task<IReadOnlyList<(ContentVersion Version, bool Latest, bool Published)>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemId == contentItemId)
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return records.Select(r => (ToVersion(r), r.Latest, r.Published)).ToList();
    }

    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var items = db.ContentItems.AsNoTracking().Where(c => c.Latest);
        if (!string.IsNullOrEmpty(query.ContentType))
        {
            items = items.Where(c => c.ContentType == query.ContentType);
        }

        items = query.Status switch
        {
            ContentStatus.Published => items.Where(c => !c.Removed && db.ContentItems.Any(p => p.ContentItemId == c.ContentItemId && p.Published)),
            ContentStatus.Draft => items.Where(c => !c.Removed && !c.Published),
            ContentStatus.Removed => items.Where(c => c.Removed),
            _ => items.Where(c => !c.Removed),
        };

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = Text.SafeText.Normalize(query.Text).Trim();
            var found = query.AlsoMatchingIds?.ToList() ?? [];
            items = found.Count == 0
                ? items.Where(c => c.DisplayText != null && EF.Functions.Like(c.DisplayText, "%" + text + "%"))
                : items.Where(c => (c.DisplayText != null && EF.Functions.Like(c.DisplayText, "%" + text + "%")) || found.Contains(c.ContentItemId));
        }

        items = query.Sort switch
        {
            ContentSort.ModifiedAsc => items.OrderBy(c => c.ModifiedUtc).ThenBy(c => c.Id),
            ContentSort.TitleAsc => items.OrderBy(c => c.DisplayText).ThenBy(c => c.Id),
            ContentSort.PublishedDesc => items.OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.Id),
            _ => items.OrderByDescending(c => c.ModifiedUtc).ThenByDescending(c => c.Id),
        };

        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var total = await items.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var records = await items.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = records.Select(r => r.ContentItemId).ToList();
        var publishedIds = await db.ContentItems.AsNoTracking()
            .Where(c => c.Published && ids.Contains(c.ContentItemId))
            .Select(c => c.ContentItemId)
            .ToListAsync(cancellationToken);
        return new ContentPage(records.Select(ToVersion).ToList(), publishedIds.ToHashSet(), total, page, pageSize);
    }

    /// <summary>For reports across tenants: how many items of the type are published, the latest publish date, and the publish dates since <paramref name="sinceUtc"/>.</summary>
    public async Task<(int Published, DateTime? LastPublishedUtc, IReadOnlyList<DateTime> PublishedSince)> GetPublishingStatsAsync(
        string contentType, DateTime sinceUtc, CancellationToken cancellationToken)
    {
        var published = db.ContentItems.AsNoTracking().Where(c => c.ContentType == contentType && c.Published);
        var count = await published.CountAsync(cancellationToken);
        var last = await published.MaxAsync(c => c.PublishedUtc, cancellationToken);
        var since = await published.Where(c => c.PublishedUtc >= sinceUtc).Select(c => c.PublishedUtc!.Value).ToListAsync(cancellationToken);
        return (count, last, since);
    }

    /// <summary>The items whose latest or published version mentions <paramref name="text"/> (a media path, a link).</summary>
    public async Task<IReadOnlyList<(string ContentItemId, string Title)>> FindMentioningAsync(string text, CancellationToken cancellationToken)
    {
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => (c.Latest || c.Published) && !c.Removed && c.Data.Contains(text))
            .Select(c => new { c.ContentItemId, c.DisplayText })
            .ToListAsync(cancellationToken);
        return rows.DistinctBy(r => r.ContentItemId).Select(r => (r.ContentItemId, r.DisplayText ?? r.ContentItemId)).ToList();
    }

    /// <summary>Per type: how many items have a published version (true) and how many have an unpublished latest version (false).</summary>
    public async Task<IReadOnlyDictionary<(string ContentType, bool Published), int>> CountByTypeAsync(CancellationToken cancellationToken)
    {
        var published = await db.ContentItems.AsNoTracking().Where(c => c.Published)
            .GroupBy(c => c.ContentType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var drafts = await db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Published && !c.Removed)
            .GroupBy(c => c.ContentType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return published.Select(p => ((p.Key, true), p.Count))
            .Concat(drafts.Select(d => ((d.Key, false), d.Count)))
            .ToDictionary(x => x.Item1, x => x.Count);
    }

    /// <summary>Whether another item's latest or published version has <paramref name="path"/>.</summary>
    public Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken) =>
        db.ContentItems.AnyAsync(
            c => c.Path == path && c.ContentItemId != exceptContentItemId && (c.Latest || c.Published),
            cancellationToken);
}
