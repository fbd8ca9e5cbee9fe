namespace DanVan.Orchard.Media;

/// <summary>A media path that cannot be used (traversal, absolute, control characters…); the message says why, in Vietnamese.</summary>
public sealed class MediaPathException(string path, string reason) : Exception(reason)
{
    public string Path { get; } = path;
}
