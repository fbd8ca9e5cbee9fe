using System.Collections.Concurrent;
using System.Diagnostics;
using DanVan.Orchard.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.PageCache;

/// <summary>
/// The cache of public pages (endpoints marked <c>[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]</c>), in
/// place of ASP.NET Core's output cache middleware: the same policy decides what is cached and under which key, and
/// entries go to the same <see cref="IOutputCacheStore"/> (its size limit, the tenants' tags), but an entry holds the
/// page compressed once with gzip and brotli next to its bytes, and is sent by Accept-Encoding with a strong ETag,
/// 304 Not Modified and a public Cache-Control (<see cref="PageCacheOptions"/>). The response that fills the cache is
/// sent the same way. Concurrent misses of one page render it once. Responses to signed-in users, and admin and account
/// pages, are marked <c>private, no-store</c>.
/// </summary>
public sealed class PageCacheMiddleware(
    RequestDelegate next, IOutputCacheStore store, PageEntryFactory factory, PageEntryHeaders entryHeaders,
    IOptions<OutputCacheOptions> cacheOptions, IOptions<PageCacheOptions> pageOptions, PageCacheStatistics statistics,
    ILogger<PageCacheMiddleware> logger)
{
    private static readonly TenantOutputCachePolicy TenantPolicy = new();
    private readonly ConcurrentDictionary<string, Task<PageCacheEntry?>> _rendering = new(StringComparer.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        var attribute = context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>();
        if (attribute?.PolicyName != TenantOutputCachePolicy.Name || !pageOptions.Value.Enabled)
        {
            PrivateResponse.MarkWhenPersonal(context);
            return next(context);
        }

        return CacheAsync(context);
    }

    private async Task CacheAsync(HttpContext context)
    {
        var cancellation = context.RequestAborted;
        var cache = new OutputCacheContext { HttpContext = context };
        await TenantPolicy.CacheRequestAsync(cache, cancellation);
        if (!cache.EnableOutputCaching || !cache.AllowCacheStorage)
        {
            PrivateResponse.Mark(context);
            await next(context);
            return;
        }

        if (PageCacheKey.Create(cache, pageOptions.Value.SharedQueryKeys) is not { } key)
        {
            // A query the key cannot describe (a key the page does not read, a value it cannot): rendered for this
            // request only, so nobody else is sent what it made the page say.
            statistics.Bypass();
            PrivateResponse.Mark(context);
            await next(context);
            return;
        }

        if (cache.AllowCacheLookup && await store.GetAsync(key, cancellation) is { } stored && PageCacheEntry.Parse(stored) is { } hit)
        {
            statistics.Hit();
            await PageEntryResponse.WriteAsync(context, hit, cancellation);
            return;
        }

        if (!cache.AllowLocking)
        {
            await RenderAsync(context, cache, key);
            return;
        }

        // One request renders a missing page; the others that ask for it meanwhile wait and are sent its entry.
        var mine = new TaskCompletionSource<PageCacheEntry?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leader = _rendering.GetOrAdd(key, mine.Task);
        if (leader != mine.Task)
        {
            if (await leader.WaitAsync(cancellation) is { } shared)
            {
                statistics.Hit();
                await PageEntryResponse.WriteAsync(context, shared, cancellation);
                return;
            }

            await RenderAsync(context, cache, key);
            return;
        }

        try
        {
            mine.SetResult(await RenderAsync(context, cache, key));
        }
        catch
        {
            mine.TrySetResult(null);
            throw;
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<string, Task<PageCacheEntry?>>(key, mine.Task));
        }
    }

    /// <summary>Renders the page into memory, stores it when it may be shared, and sends it.</summary>
    private async Task<PageCacheEntry?> RenderAsync(HttpContext context, OutputCacheContext cache, string key)
    {
        var cancellation = context.RequestAborted;
        byte[] body;
        using (var captured = new CapturedResponse(context))
        {
            await next(context);
            await captured.CompleteAsync();
            body = captured.Buffer.ToArray();
        }

        await TenantPolicy.ServeResponseAsync(cache, cancellation);
        var response = context.Response;
        if (!cache.AllowCacheStorage || !PageEntryHeaders.MayStore(response) || body.Length > cacheOptions.Value.MaximumBodySize)
        {
            PrivateResponse.MarkWhenCookie(response);
            if (body.Length > 0)
            {
                response.ContentLength ??= body.Length;
                await response.Body.WriteAsync(body, cancellation);
            }

            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var entry = factory.Create(body, entryHeaders.ToStore(response.Headers));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var path = context.Request.Path.Value ?? string.Empty;
        PageCacheLog.Stored(logger, path, entry.Identity.Length, entry.Gzip.Length, entry.Brotli.Length, elapsed);
        try
        {
            var validFor = cache.ResponseExpirationTimeSpan ?? cacheOptions.Value.DefaultExpirationTimeSpan;
            await store.SetAsync(key, entry.Serialize(), [.. cache.Tags], validFor, cancellation);
            statistics.Store();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            PageCacheLog.StoreFailed(logger, exception, path);
        }

        // Sent like a hit: its stored headers are set again there, and not at all on a 304.
        foreach (var (name, _) in entry.Headers)
        {
            response.Headers.Remove(name);
        }

        await PageEntryResponse.WriteAsync(context, entry, cancellation);
        return entry;
    }
}
