using DanVan.Orchard.Media;

namespace DanVan.Media.ViewModels;

/// <summary>One file: its details, alt text and caption (editable), where it is used, and the forms to rename or delete it.</summary>
public sealed class MediaItemViewModel
{
    public required MediaFile File { get; init; }

    public bool IsImage { get; init; }

    public string? Alt { get; set; }

    public string? Caption { get; set; }

    /// <summary>Whether the user may relabel, move or delete the file (ManageMedia, or ManageOwnMedia on their own upload).</summary>
    public bool CanChange { get; init; }

    public IReadOnlyList<(string ContentItemId, string Title)> Usage { get; init; } = [];
}
