namespace DanVan.Orchard.Media;

/// <summary>A stored file: its media path, size, last change and a strong validator for HTTP caching.</summary>
public sealed record MediaFile(string Path, long Length, DateTimeOffset LastModified, string ETag);

/// <summary>An entry of a media folder listing.</summary>
public sealed record MediaEntry(string Path, string Name, bool IsFolder, long Length, DateTimeOffset LastModified);
