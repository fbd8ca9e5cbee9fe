using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.Display;

/// <summary>
/// The view models of published items (an article's page model with its related articles), so a page rendered afresh
/// (the page cache off, evicted, or a page not cached yet) reads nothing from the database for its item.
/// <para>
/// An entry belongs to one tenant's shell object and one content generation of it: a publish, unpublish, edit, menu,
/// settings or feature change on this node or another (the generation follows the bus) makes every entry of the tenant
/// unreachable, and a tenant never reads another's (the shell, not a name, is in the key). Only items found are stored
/// (a request for a made-up path stores nothing); the whole cache is bounded in bytes over all tenants and an entry goes
/// with its shell when the shell is released. Values are shared by concurrent requests: immutable view models only.
/// </para>
/// </summary>
public sealed class PublishedViewCache : IDisposable
{
    // Entries of a generation nobody asks for any more are dropped by the size limit's compaction, or after this long.
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache? _cache;

    public PublishedViewCache(IOptions<PublishedViewCacheOptions> options)
    {
        var limit = options.Value.SizeLimitMB;
        _cache = limit <= 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = limit * 1024L * 1024L, CompactionPercentage = 0.25 });
    }

    /// <summary>
    /// The value of <paramref name="kind"/>/<paramref name="key"/> for the tenant's current content generation, else
    /// <paramref name="load"/>'s (stored when not null, charged <paramref name="size"/>'s estimate in bytes).
    /// </summary>
    public async Task<T?> GetOrAddAsync<T>(ITenantShell shell, string kind, string key, Func<Task<T?>> load, Func<T, long> size)
        where T : class
    {
        if (_cache is null)
        {
            return await load();
        }

        // Read before loading: a change committed while loading makes this entry unreachable rather than wrong.
        var entryKey = new EntryKey(shell, shell.ContentGeneration, kind, key);
        if (_cache.TryGetValue(entryKey, out var found) && found is T hit)
        {
            return hit;
        }

        var value = await load();
        if (value is not null)
        {
            using var entry = _cache.CreateEntry(entryKey);
            entry.Value = value;
            entry.Size = Math.Max(1, size(value));
            entry.SlidingExpiration = Idle;
            entry.AddExpirationToken(new CancellationChangeToken(shell.Released));
        }

        return value;
    }

    /// <summary>How many entries are held now (for tests and monitoring).</summary>
    public int Count => _cache?.Count ?? 0;

    public void Dispose() => _cache?.Dispose();

    // The shell compares by reference: two tenants (or one tenant's shell before and after a reload) never share an entry.
    private sealed record EntryKey(ITenantShell Shell, long Generation, string Kind, string Key);
}
