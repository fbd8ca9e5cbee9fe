namespace DanVan.AuditTrail.Models;

/// <summary>One recorded change: who did what to which content item, and when.</summary>
public sealed class AuditTrailEvent
{
    public const string ContentCategory = "Content";

    public const int DisplayTextMaxLength = 500;

    public long Id { get; set; }

    /// <summary>What the event is about; <c>Content</c> for content changes.</summary>
    public string Category { get; set; } = ContentCategory;

    /// <summary>The <see cref="DanVan.Orchard.Contents.ContentEventKind"/> name (<c>Created</c>, <c>Published</c>, …).</summary>
    public string Name { get; set; } = string.Empty;

    public string ContentItemId { get; set; } = string.Empty;

    public string ContentItemVersionId { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    /// <summary>The item's title at the time of the change (at most <see cref="DisplayTextMaxLength"/> characters).</summary>
    public string? DisplayText { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTime CreatedUtc { get; set; }
}
