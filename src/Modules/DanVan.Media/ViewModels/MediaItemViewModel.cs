using DanVan.Orchard.Media;

namespace DanVan.Media.ViewModels;

/// <summary>One file: its details, alt text and caption (editable), where it is used, and the forms to rename or delete it.</summary>
public sealed class MediaItemViewModel
{
    public required MediaFile File { get; init; }

    public bool IsImage { get; init; }

    public string? Alt { get; set; }

    public string? Caption { get; set; }

    public IReadOnlyList<(string ContentItemId, string Title)> Usage { get; init; } = [];
}
