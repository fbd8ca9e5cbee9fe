namespace DanVan.AuditTrail.Models;

/// <summary>One recorded event: who did what to which content item (or user, file, setting…), from where, and when.</summary>
public sealed class AuditTrailEvent
{
    public const string ContentCategory = "Content";

    public const int DisplayTextMaxLength = 500;

    public const int DetailsMaxLength = 1000;

    public const int ClientAddressMaxLength = 64;

    public long Id { get; set; }

    /// <summary>What the event is about: one of <see cref="DanVan.Orchard.Audit.AuditCategories"/>.</summary>
    public string Category { get; set; } = ContentCategory;

    /// <summary>The <see cref="DanVan.Orchard.Contents.ContentEventKind"/> name (<c>Created</c>, <c>Published</c>, …).</summary>
    public string Name { get; set; } = string.Empty;

    public string ContentItemId { get; set; } = string.Empty;

    public string ContentItemVersionId { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    /// <summary>The item's title at the time of the change, or what a non-content event was done to (at most <see cref="DisplayTextMaxLength"/> characters).</summary>
    public string? DisplayText { get; set; }

    /// <summary>What changed, in words (field names, never secret values).</summary>
    public string? Details { get; set; }

    /// <summary>The client's IP address (after the trusted proxies' forwarding).</summary>
    public string? ClientAddress { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTime CreatedUtc { get; set; }
}
