namespace DanVan.Orchard.Contents;

/// <summary>
/// Stores, versions and queries the current tenant's content items. A version is Latest (what editors see), Published
/// (what readers see) or both; saving a draft over a published version makes a new version, so readers keep the
/// published one until the draft is published. Every write runs the parts' and fields' handlers and the content
/// event handlers of the enabled features.
/// </summary>
public interface IContentManager
{
    /// <summary>
    /// Stores an item given in Orchard's shape (a recipe, an import): the same version id updates that version; a new
    /// version of an existing item becomes the latest (and the published one, if published).
    /// </summary>
    Task ImportAsync(ContentItem item, CancellationToken cancellationToken);

    /// <summary>As <see cref="ImportAsync(ContentItem, CancellationToken)"/>; an item without an <c>Owner</c> keeps the one it has, else gets <paramref name="defaultOwner"/>.</summary>
    Task ImportAsync(ContentItem item, string? defaultOwner, CancellationToken cancellationToken);

    /// <summary>
    /// The editor's save. <paramref name="expectedStamp"/> is the stamp of the latest version the editor loaded (null for
    /// a new item); if someone saved since, nothing is written and <see cref="ContentConcurrencyException"/> is thrown.
    /// </summary>
    Task<ContentVersion> SaveAsync(ContentItem item, bool publish, string? expectedStamp, ContentActor actor, CancellationToken cancellationToken);

    /// <summary>Publishes the latest version as it is.</summary>
    Task PublishAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes the latest version only if it is still the one with <paramref name="expectedStamp"/> (what was reviewed,
    /// e.g. scheduled); otherwise nothing is written and <see cref="ContentConcurrencyException"/> is thrown.
    /// </summary>
    Task PublishAsync(string contentItemId, string expectedStamp, ContentActor actor, CancellationToken cancellationToken);

    /// <summary>Takes the item off the site; the latest version stays as a draft.</summary>
    Task UnpublishAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken);

    /// <summary>Deletes the item softly: off the site and out of lists, kept with its versions for an administrator to restore.</summary>
    Task RemoveAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken);

    /// <summary>Brings a deleted item back, as a draft.</summary>
    Task RestoreAsync(string contentItemId, ContentActor actor, CancellationToken cancellationToken);

    /// <summary>Makes an earlier version's content the new latest version, as a draft to review and publish.</summary>
    Task<ContentVersion> RestoreVersionAsync(string contentItemId, string versionId, ContentActor actor, CancellationToken cancellationToken);

    Task<ContentItem?> GetPublishedByPathAsync(string contentType, string path, CancellationToken cancellationToken);

    /// <summary>The published item of any type at <paramref name="path"/> (lower case, no leading slash), by the path index.</summary>
    Task<ContentItem?> GetPublishedByPathAsync(string path, CancellationToken cancellationToken);

    /// <summary>Every published item with a path, newest change first (the sitemap: each of them opens at its path).</summary>
    Task<IReadOnlyList<PublishedRoute>> ListPublishedRoutesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ContentItem>> ListPublishedAsync(string contentType, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The latest version with its concurrency stamp (also for a removed item, to restore it).</summary>
    /// <summary>The published versions of these items (an item not published, or removed, is simply absent).</summary>
    Task<IReadOnlyList<ContentItem>> GetPublishedAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken);

    /// <summary>Every published item of these types, a batch at a time in storage order: pass the <c>After</c> of the previous batch, 0 to start.</summary>
    Task<(IReadOnlyList<ContentItem> Items, long After)> ListPublishedBatchAsync(
        IReadOnlyCollection<string> contentTypes, long after, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Every version of every item not deleted, a batch at a time in storage order (an item's versions oldest first, as
    /// <see cref="ImportAsync(ContentItem, CancellationToken)"/> takes them back): pass the <c>After</c> of the previous batch, 0 to start.
    /// </summary>
    Task<(IReadOnlyList<ContentItem> Versions, long After)> ListVersionsBatchAsync(long after, int take, CancellationToken cancellationToken);

    Task<ContentVersion?> GetLatestVersionAsync(string contentItemId, CancellationToken cancellationToken);

    Task<IReadOnlyList<(ContentVersion Version, bool Latest, bool Published)>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken);

    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken);

    /// <summary>For reports across tenants: how many items of the type are published, the latest publish date, and the publish dates since <paramref name="sinceUtc"/>.</summary>
    Task<(int Published, DateTime? LastPublishedUtc, IReadOnlyList<DateTime> PublishedSince)> GetPublishingStatsAsync(
        string contentType, DateTime sinceUtc, CancellationToken cancellationToken);

    /// <summary>The items whose latest or published version mentions <paramref name="text"/> (a media path, a link).</summary>
    Task<IReadOnlyList<(string ContentItemId, string Title)>> FindMentioningAsync(string text, CancellationToken cancellationToken);

    /// <summary>Per type: how many items have a published version (true) and how many have an unpublished latest version (false).</summary>
    Task<IReadOnlyDictionary<(string ContentType, bool Published), int>> CountByTypeAsync(CancellationToken cancellationToken);

    /// <summary>Whether another item's latest or published version has <paramref name="path"/>.</summary>
    Task<bool> IsPathTakenAsync(string path, string exceptContentItemId, CancellationToken cancellationToken);
}
