namespace DanVan.Search;

/// <summary>Log messages of search indexing and querying. Event ids 2600–2699.</summary>
internal static partial class SearchLog
{
    [LoggerMessage(EventId = 2600, Level = LogLevel.Information, Message = "The search index of tenant {Tenant} is behind its tasks; catching up.")]
    public static partial void CatchingUp(ILogger logger, string tenant);

    [LoggerMessage(EventId = 2601, Level = LogLevel.Warning, Message = "Could not check the search index of tenant {Tenant} on start.")]
    public static partial void StartCheckFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Error, Message = "Updating the search index of tenant {Tenant} failed; it will be tried again.")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Error, Message = "Content item {ContentItemId} of tenant {Tenant} could not be indexed; it is left out of search.")]
    public static partial void ItemFailed(ILogger logger, Exception exception, string contentItemId, string tenant);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Information, Message = "Search index of tenant {Tenant} rebuilt: {Count} document(s) in {Milliseconds} ms.")]
    public static partial void Rebuilt(ILogger logger, string tenant, int count, long milliseconds);

    [LoggerMessage(EventId = 2605, Level = LogLevel.Warning, Message = "The search index of tenant {Tenant} at {Path} could not be read ({Problem}); it was deleted and is rebuilt from the database.")]
    public static partial void Unreadable(ILogger logger, string tenant, string path, string problem);

    [LoggerMessage(EventId = 2606, Level = LogLevel.Information, Message = "The search index of tenant {Tenant} was missing at {Path}; it is built from the database.")]
    public static partial void Missing(ILogger logger, string tenant, string path);

    [LoggerMessage(EventId = 2607, Level = LogLevel.Warning, Message = "Closing the search index of tenant {Tenant} failed.")]
    public static partial void CloseFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(EventId = 2608, Level = LogLevel.Error, Message = "Portal search: the index of tenant {Tenant} could not be used; it is left out.")]
    public static partial void PortalTenantFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(EventId = 2609, Level = LogLevel.Warning, Message = "LuceneSettings.DefaultSearchFields names {Field}, which this site's search does not know; it is ignored.")]
    public static partial void UnknownSearchField(ILogger logger, string field);

    [LoggerMessage(EventId = 2610, Level = LogLevel.Warning, Message = "The search index of tenant {Tenant} is at task {Checkpoint}, but tasks up to {PrunedThrough} were pruned while it was away; it is rebuilt from the database.")]
    public static partial void BehindPrunedTasks(ILogger logger, string tenant, long checkpoint, long prunedThrough);
}
