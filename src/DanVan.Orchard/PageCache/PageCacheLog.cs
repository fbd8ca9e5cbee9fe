using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.PageCache;

/// <summary>Log messages of the page cache. Event ids 1350–1359.</summary>
internal static partial class PageCacheLog
{
    [LoggerMessage(EventId = 1350, Level = LogLevel.Debug, Message = "Cached {Path}: {Identity} bytes, gzip {Gzip}, brotli {Brotli}, compressed in {Elapsed} ms.")]
    public static partial void Stored(ILogger logger, string path, int identity, int gzip, int brotli, double elapsed);

    [LoggerMessage(EventId = 1351, Level = LogLevel.Warning, Message = "Could not store the page {Path} in the cache; it was sent uncached.")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string path);
}
