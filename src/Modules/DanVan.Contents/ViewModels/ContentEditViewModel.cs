namespace DanVan.Contents.ViewModels;

public sealed class ContentEditViewModel
{
    public required string ContentType { get; init; }

    public required string TypeDisplayName { get; init; }

    public string? ContentItemId { get; init; }

    public string? Stamp { get; init; }

    public bool IsNew => ContentItemId is null;

    public bool HasTitle { get; init; }

    public string Title { get; init; } = string.Empty;

    public bool HasAutoroute { get; init; }

    public string? Path { get; init; }

    public bool HasBody { get; init; }

    public string? BodyHtml { get; init; }

    public IReadOnlyList<FieldEditorModel> Fields { get; init; } = [];

    public bool IsPublished { get; init; }

    /// <summary>A published version exists and the latest version is a newer draft.</summary>
    public bool HasNewerDraft { get; init; }

    public bool CanPublish { get; init; }

    public bool CanDelete { get; init; }

    public DateTime? ModifiedUtc { get; init; }

    public string? Author { get; init; }

    /// <summary>Where readers see the published version (app-relative), or null.</summary>
    public string? PublicUrl { get; init; }
}
