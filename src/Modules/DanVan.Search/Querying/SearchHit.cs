namespace DanVan.Search.Querying;

/// <summary>
/// One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML: the text encoded, the matched words in
/// <c>&lt;mark&gt;</c>. <see cref="Url"/> is the item's path in its tenant; <see cref="Tenant"/> is set by portal-wide search.
/// </summary>
public sealed record SearchHit(
    string ContentItemId,
    string Type,
    string TypeName,
    string Url,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string? Category,
    DateTime PublishedUtc,
    float Score)
{
    public string? Tenant { get; init; }
}
