namespace DanVan.Orchard.Data;

/// <summary>One version of a content item: the Orchard-shaped JSON document and the columns queries need.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentItemVersionId { get; set; }

    public required string ContentType { get; set; }

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>The AutoroutePart path, without a leading slash (<c>tin-tuc/so-ket-…</c>).</summary>
    public string? Path { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public required string Data { get; set; }

    /// <summary>Changes on every write of this version; an editor's save must name the stamp it loaded.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The item was deleted (all its versions); an administrator can restore it.</summary>
    public bool Removed { get; set; }
}
