using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.ViewModels;

public sealed class ContentEditViewModel
{
    public required string ContentType { get; init; }

    public required string TypeDisplayName { get; init; }

    public string? ContentItemId { get; init; }

    public string? Stamp { get; init; }

    public bool IsNew => ContentItemId is null;

    /// <summary>The item's title, for the page heading (empty for a new item).</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The editors of the type's parts and fields, in the order of the form.</summary>
    public IReadOnlyList<ContentEditorShape> Editors { get; init; } = [];

    public bool IsPublished { get; init; }

    /// <summary>A published version exists and the latest version is a newer draft.</summary>
    public bool HasNewerDraft { get; init; }

    public bool CanPublish { get; init; }

    public bool CanDelete { get; init; }

    public DateTime? ModifiedUtc { get; init; }

    public string? Author { get; init; }

    /// <summary>When the item is scheduled to be published ("Hẹn giờ đăng"), or null.</summary>
    public DateTime? ScheduledUtc { get; init; }

    /// <summary>Why the item's last schedule was called off (a newer draft), or null.</summary>
    public string? ScheduleCalledOff { get; init; }

    /// <summary>Where readers see the published version (app-relative), or null.</summary>
    public string? PublicUrl { get; init; }
}
