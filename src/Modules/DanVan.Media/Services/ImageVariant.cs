using DanVan.Orchard.Media;

namespace DanVan.Media.Services;

/// <summary>A stored resized variant: its media path (under <c>_variants/</c>) and the file.</summary>
public sealed record ImageVariant(string Path, MediaFile File);
