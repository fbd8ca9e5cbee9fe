using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using DanVan.Orchard.Media;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DanVan.Media.Services;

/// <summary>
/// Makes and keeps the resized variants behind <c>?width=</c>. Decoding is the expensive, memory-hungry part, so: one
/// resize at a time per variant (parallel requests for it wait for the same work), a bounded number of resizes at once
/// in the process, and an image that cannot be resized is remembered (per file version) so it is not read again on
/// every request. A singleton: the work is shared by all requests of all tenants.
/// </summary>
public sealed class ImageVariants : IDisposable
{
    public const string MeterName = "DanVan.Media";

    private readonly IMediaStore _store;
    private readonly MediaOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<string, Lazy<Task<ImageVariant?>>> _inFlight = new(StringComparer.Ordinal);
    private readonly MemoryCache _refusals = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly Counter<long> _resizes;

    public ImageVariants(IMediaStore store, IOptions<MediaOptions> options, IMeterFactory meters)
    {
        _store = store;
        _options = options.Value;
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentResizes));
        _resizes = meters.Create(MeterName).CreateCounter<long>("danvan.media.image_resizes", description: "Originals read and judged (then decoded when within the limits) to make a resized variant.");
    }

    /// <summary>The variant of <paramref name="original"/> at <paramref name="width"/>, made now if missing or older than the original; null when the original is gone.</summary>
    /// <exception cref="ImageRefusedException">The image is over the limits or unreadable (also when remembered from an earlier request).</exception>
    public async Task<ImageVariant?> GetAsync(string tenant, MediaFile original, int width, CancellationToken cancellationToken)
    {
        var path = $"{MediaLibrary.VariantsFolder}/w{width}/{original.Path}";
        var stored = await _store.GetFileAsync(tenant, path, cancellationToken);
        if (stored is not null && stored.LastModified >= original.LastModified)
        {
            return new ImageVariant(path, stored);
        }

        var refusalKey = $"{tenant}\n{original.Path}\n{original.ETag}\n{width}";
        if (_refusals.TryGetValue(refusalKey, out string? refusal))
        {
            throw new ImageRefusedException(refusal!);
        }

        // The work is shared, so it does not stop when the first of its requests goes away; each request stops waiting on its own.
        var key = tenant + "\n" + path;
        var work = _inFlight.GetOrAdd(key, _ => new Lazy<Task<ImageVariant?>>(() => Task.Run(() => MakeAsync(key, tenant, original, width, path, refusalKey))));
        return await work.Value.WaitAsync(cancellationToken);
    }

    private async Task<ImageVariant?> MakeAsync(string key, string tenant, MediaFile original, int width, string path, string refusalKey)
    {
        try
        {
            await _slots.WaitAsync();
            try
            {
                // A request that looked just before the previous maker stored the variant (or gave up on the image)
                // lands here: no second read.
                if (_refusals.TryGetValue(refusalKey, out string? refusal))
                {
                    throw new ImageRefusedException(refusal!);
                }

                var stored = await _store.GetFileAsync(tenant, path, CancellationToken.None);
                if (stored is not null && stored.LastModified >= original.LastModified)
                {
                    return new ImageVariant(path, stored);
                }

                byte[] bytes;
                await using (var source = await _store.OpenReadAsync(tenant, original.Path, CancellationToken.None))
                {
                    if (source is null)
                    {
                        return null;
                    }

                    try
                    {
                        _resizes.Add(1, new KeyValuePair<string, object?>("tenant", tenant), new KeyValuePair<string, object?>("path", original.Path));
                        bytes = ImageResizer.Resize(source, width, _options, Path.GetFileName(original.Path));
                    }
                    catch (ImageRefusedException e)
                    {
                        _refusals.Set(refusalKey, e.Message, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
                        throw;
                    }
                }

                await _store.WriteAsync(tenant, path, new MemoryStream(bytes), CancellationToken.None);
                stored = await _store.GetFileAsync(tenant, path, CancellationToken.None);
                return stored is null ? null : new ImageVariant(path, stored);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            // Only this work is under the key until it is removed, so removing the key removes this work.
            _inFlight.TryRemove(key, out _);
        }
    }

    public void Dispose()
    {
        _refusals.Dispose();
        _slots.Dispose();
    }
}
