using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Data;
using DanVan.Orchard.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Orchard.Contents;

/// <summary>
/// Stores, versions and queries the current tenant's content items. A version is Latest (what editors see), Published
/// (what readers see) or both; saving a draft over a published version makes a new version, so readers keep the
/// published one until the draft is published.
/// </summary>
public sealed partial class ContentManager(
    TenantDbContext db,
    ContentNormalizer normalizer,
    TenantContext tenant,
    Modules.FeatureGate features) : IContentManager
{
    /// <summary>
    /// Stores an item given in Orchard's shape (a recipe, an import): the same version id updates that version; a new
    /// version of an existing item becomes the latest (and the published one, if published). An item without an
    /// <c>Owner</c> keeps the one it has, else gets <paramref name="defaultOwner"/>.
    /// </summary>
    public Task ImportAsync(ContentItem item, CancellationToken cancellationToken) => ImportAsync(item, null, cancellationToken);

    /// <inheritdoc cref="ImportAsync(ContentItem, CancellationToken)"/>
    public async Task ImportAsync(ContentItem item, string? defaultOwner, CancellationToken cancellationToken)
    {
        await normalizer.NormalizeAsync(item, cancellationToken);
        var now = DateTime.UtcNow;
        item.CreatedUtc ??= now;
        item.ModifiedUtc ??= now;
        if (item.Published)
        {
            item.PublishedUtc ??= now;
            item.Latest = true;
        }

        var existing = await db.ContentItems.Where(c => c.ContentItemId == item.ContentItemId).ToListAsync(cancellationToken);
        var record = existing.Find(r => r.ContentItemVersionId == item.ContentItemVersionId);

        // An explicit owner in the imported JSON wins; else the item keeps its owner, else it gets the default one.
        item.Owner = string.IsNullOrWhiteSpace(item.Owner) ? existing.Find(r => r.Latest)?.Owner ?? defaultOwner : item.Owner;
        foreach (var other in existing.Where(r => r != record))
        {
            other.Latest &= !item.Latest;
            other.Published &= !item.Published;
        }

        if (record is null)
        {
            record = NewRecord(item);
            db.ContentItems.Add(record);
        }

        Write(record, item);
        await StoreAsync(new ContentChange(item.ContentItemId, item.ContentType, null), cancellationToken);
        tenant.Shell.SignalChanged();
    }

    /// <summary>
    /// The editor's save. <paramref name="expectedStamp"/> is the stamp of the latest version the editor loaded (null for
    /// a new item); if someone saved since, nothing is written and <see cref="ContentConcurrencyException"/> is thrown.
    /// </summary>
    public async Task<ContentVersion> SaveAsync(ContentItem item, bool publish, string? expectedStamp, ContentActor actor, CancellationToken cancellationToken)
    {
        var versions = string.IsNullOrEmpty(item.ContentItemId)
            ? []
            : await db.ContentItems.Where(c => c.ContentItemId == item.ContentItemId).ToListAsync(cancellationToken);
        var latest = versions.Find(v => v.Latest);
        if (latest is not null && (latest.Removed || latest.ConcurrencyStamp != expectedStamp))
        {
            throw new ContentConcurrencyException();
        }

        await normalizer.NormalizeAsync(item, cancellationToken);
        var now = DateTime.UtcNow;
        var published = versions.Find(v => v.Published);
        // The creator owns the item; saving never changes the owner (an ownerless item stays ownerless, not the saver's).
        item.Owner = latest is null ? actor.UserId : latest.Owner;
        item.CreatedUtc = latest?.CreatedUtc ?? now;
        item.ModifiedUtc = now;
        item.Author = actor.UserName;
        item.Latest = true;
        item.Published = publish;
        item.PublishedUtc = publish ? published?.PublishedUtc ?? now : published?.PublishedUtc;

        ContentItemRecord record;
        if (latest is { Published: false })
        {
            // A draft is edited in place.
            record = latest;
            item.ContentItemVersionId = latest.ContentItemVersionId;
        }
        else
        {
            // The latest version is published (or there is none): the edit becomes a new version.
            item.ContentItemVersionId = ContentItem.NewId();
            record = NewRecord(item);
            db.ContentItems.Add(record);
            if (latest is not null)
            {
                latest.Latest = false;
                latest.ConcurrencyStamp = NewStamp();
            }
        }

        if (publish)
        {
            foreach (var version in versions.Where(v => v != record))
            {
                version.Published = false;
            }
        }

        Write(record, item);
        await SaveChangesAsync(Change(item, publish ? ContentEventKind.Published : ContentEventKind.Saved), cancellationToken);
        await RaiseAsync(latest is null ? ContentEventKind.Created : ContentEventKind.Saved, item, actor, cancellationToken);
        if (publish)
        {
            await RaiseAsync(ContentEventKind.Published, item, actor, cancellationToken);
        }

        return ToVersion(record);
    }

    /// <summary>Publishes the latest version as it is.</summary>
    public Task PublishAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken) =>
        PublishLatestAsync(contentItemId, null, actor, cancellationToken);

    /// <summary>Publishes the latest version only if it still has <paramref name="expectedStamp"/>.</summary>
    public Task PublishAsync(string contentItemId, string expectedStamp, ContentActor actor, CancellationToken cancellationToken) =>
        PublishLatestAsync(contentItemId, expectedStamp, actor, cancellationToken);

    private async Task PublishLatestAsync(string contentItemId, string? expectedStamp, ContentActor actor, CancellationToken cancellationToken)
    {
        var versions = await ActiveVersionsAsync(contentItemId, cancellationToken);
        var latest = versions.Single(v => v.Latest);

        // The stamp is also the row's concurrency token: a save between this read and the write fails the write.
        if (expectedStamp is not null && latest.ConcurrencyStamp != expectedStamp)
        {
            throw new ContentConcurrencyException();
        }

        var item = ToItem(latest);
        foreach (var version in versions)
        {
            version.Published = version == latest;
        }

        item.Published = true;
        item.PublishedUtc ??= DateTime.UtcNow;
        item.Author = actor.UserName;
        Write(latest, item);
        await SaveChangesAsync(Change(item, ContentEventKind.Published), cancellationToken);
        await RaiseAsync(ContentEventKind.Published, item, actor, cancellationToken);
    }

    /// <summary>Takes the item off the site; the latest version stays as a draft.</summary>
    public async Task UnpublishAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken)
    {
        var versions = await ActiveVersionsAsync(contentItemId, cancellationToken);
        var published = versions.Find(v => v.Published);
        if (published is null)
        {
            return;
        }

        published.Published = false;
        var latest = versions.Single(v => v.Latest);
        var item = ToItem(latest);
        item.Published = false;
        Write(latest, item);
        await SaveChangesAsync(Change(item, ContentEventKind.Unpublished), cancellationToken);
        await RaiseAsync(ContentEventKind.Unpublished, item, actor, cancellationToken);
    }

    /// <summary>Deletes the item softly: off the site and out of lists, kept with its versions for an administrator to restore.</summary>
    public async Task RemoveAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken)
    {
        var versions = await ActiveVersionsAsync(contentItemId, cancellationToken);
        foreach (var version in versions)
        {
            version.Removed = true;
            version.Published = false;
            version.ConcurrencyStamp = NewStamp();
        }

        var removed = ToItem(versions.Single(v => v.Latest));
        await SaveChangesAsync(Change(removed, ContentEventKind.Removed), cancellationToken);
        await RaiseAsync(ContentEventKind.Removed, removed, actor, cancellationToken);
    }

    /// <summary>Brings a deleted item back, as a draft.</summary>
    public async Task RestoreAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItems.Where(c => c.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        if (versions.Count == 0 || !versions.All(v => v.Removed))
        {
            throw new ContentNotFoundException(contentItemId);
        }

        foreach (var version in versions)
        {
            version.Removed = false;
            version.ConcurrencyStamp = NewStamp();
        }

        var latest = versions.Single(v => v.Latest);
        var item = ToItem(latest);
        item.Published = false;
        Write(latest, item);
        await SaveChangesAsync(Change(item, ContentEventKind.Restored), cancellationToken);
        await RaiseAsync(ContentEventKind.Restored, item, actor, cancellationToken);
    }

    /// <summary>Makes an earlier version's content the new latest version, as a draft to review and publish.</summary>
    public async Task<ContentVersion> RestoreVersionAsync(string contentItemId, string versionId, ContentActor actor, CancellationToken cancellationToken)
    {
        var versions = await ActiveVersionsAsync(contentItemId, cancellationToken);
        var source = versions.Find(v => v.ContentItemVersionId == versionId) ?? throw new ContentNotFoundException(versionId);
        var latest = versions.Single(v => v.Latest);
        var item = ToItem(source);
        item.ContentItemVersionId = string.Empty;
        var restored = await SaveAsync(item, publish: false, latest.ConcurrencyStamp, actor, cancellationToken);
        await RaiseAsync(ContentEventKind.VersionRestored, restored.Item, actor, cancellationToken);
        return restored;
    }

    private async Task<List<ContentItemRecord>> ActiveVersionsAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItems.Where(c => c.ContentItemId == contentItemId && !c.Removed).ToListAsync(cancellationToken);
        return versions.Exists(v => v.Latest) ? versions : throw new ContentNotFoundException(contentItemId);
    }

    private static ContentChange Change(ContentItem item, ContentEventKind kind) => new(item.ContentItemId, item.ContentType, kind);

    private async Task SaveChangesAsync(ContentChange change, CancellationToken cancellationToken)
    {
        try
        {
            await StoreAsync(change, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ContentConcurrencyException();
        }

        tenant.Shell.SignalChanged();
    }

    /// <summary>Saves the change and what the enabled recorders write for it (index tasks) in one transaction.</summary>
    private async Task StoreAsync(ContentChange change, CancellationToken cancellationToken)
    {
        var recorders = await features.GetEnabledAsync<IContentChangeRecorder>(cancellationToken);
        if (recorders.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // The caller's own transaction (a setup) already makes the whole thing atomic.
        var outer = db.Database.CurrentTransaction;
        await using var own = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        var transaction = (outer ?? own!).GetDbTransaction();
        foreach (var recorder in recorders)
        {
            await recorder.RecordAsync(change, transaction, cancellationToken);
        }

        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    private async Task RaiseAsync(ContentEventKind kind, ContentItem item, ContentActor actor, CancellationToken cancellationToken)
    {
        // Only the handlers of features on in this tenant hear of the change (the audit trail of a tenant without it records nothing).
        foreach (var handler in await features.GetEnabledAsync<IContentEventHandler>(cancellationToken))
        {
            await handler.OnContentEventAsync(kind, item, actor, cancellationToken);
        }
    }
}
