namespace DanVan.Search;

/// <summary>Bound from <c>DanVan:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "DanVan:Search";

    /// <summary>Where the indexes live: <c>&lt;root&gt;/&lt;tenant&gt;</c>; empty: each tenant's folder, <c>App_Data/Sites/&lt;tenant&gt;/search</c>.</summary>
    public string? IndexRoot { get; set; }

    /// <summary>How the indexes' files are read (see <see cref="Indexing.SearchIndexDirectory"/> for why not memory-mapped).</summary>
    public Indexing.SearchIndexDirectory IndexDirectory { get; set; }

    /// <summary>How often open indexes look for changes written by another process (the CLI, a recipe, another node).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest query read; a longer one is answered with a message, not searched.</summary>
    public int MaxQueryLength { get; set; } = 200;

    /// <summary>
    /// How many closed (complete) district indexes one portal-wide query may open; the others are left out of that
    /// query and counted as being updated, so one anonymous request's cost stays bounded.
    /// </summary>
    public int PortalOpensPerRequest { get; set; } = 8;

    /// <summary>
    /// Threads one portal-wide query scores its districts' segments on (its own and helpers lent by a process-wide pool,
    /// never more than the cores over every query at once); 0: one per core, 1: the request's thread alone.
    /// </summary>
    public int PortalScoringThreads { get; set; }

    /// <summary>
    /// How long applied index tasks are kept (for another node's index, or one restored from a backup, to catch up)
    /// before the worker deletes them, a small batch at a time.
    /// </summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Result pages kept in memory (per process, across tenants), keyed by the query and the exact version of each index
    /// read, so a page is never stale; 0 turns the cache off.
    /// </summary>
    public int ResultsCacheSize { get; set; } = 2000;

    /// <summary>Documents added per commit when rebuilding.</summary>
    public int RebuildBatchSize { get; set; } = 500;
}
