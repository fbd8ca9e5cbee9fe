using DanVan.Orchard.Media;

namespace DanVan.Media.ViewModels;

/// <summary>A folder of the media library (or search results across it); <see cref="Picker"/> when opened to choose a file for the editor.</summary>
public sealed record MediaLibraryViewModel(
    string Folder,
    IReadOnlyList<MediaEntry> Entries,
    string? Query,
    bool Picker,
    long MaxFileSize,
    IReadOnlyDictionary<string, DanVan.Media.Services.MediaInfo> Infos);
