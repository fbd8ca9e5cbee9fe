using System.Collections.Concurrent;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// A tenant's small cache of loaded documents (settings, features, content definitions). Values are shared
/// by concurrent requests, so callers must treat them as read-only and replace them through the owning service.
/// </summary>
public sealed class TenantCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        var lazy = _entries.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await load()));
        try
        {
            return (T)await lazy.Value;
        }
        catch
        {
            // A failed load must not stick: the next caller tries again.
            _entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, lazy));
            throw;
        }
    }

    /// <summary>
    /// The value built for the tenant's content generation <paramref name="generation"/> (read it before loading, so
    /// a change committed meanwhile makes the value stale rather than lost): a value built for another generation is
    /// dropped and built again. For what is derived from content and read on every render (the readers' menu).
    /// </summary>
    public async Task<T> GetForGenerationAsync<T>(string key, long generation, Func<Task<T>> load)
        where T : class
    {
        var cached = await GetOrAddAsync(key, async () => new Generational<T>(generation, await load()));
        // A value of a later generation (built by a request that read the generation after ours) is as good or better:
        // replacing it with ours would only flip the entry back and forth around a publish.
        if (cached.Generation >= generation)
        {
            return cached.Value;
        }

        Remove(key);
        return (await GetOrAddAsync(key, async () => new Generational<T>(generation, await load()))).Value;
    }

    public void Remove(string key) => _entries.TryRemove(key, out _);

    public void Clear() => _entries.Clear();

    private sealed record Generational<T>(long Generation, T Value);
}
