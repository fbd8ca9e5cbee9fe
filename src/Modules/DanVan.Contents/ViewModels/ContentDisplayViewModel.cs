namespace DanVan.Contents.ViewModels;

/// <summary>
/// A published item shown by the generic display (a type no module shows in its own way, e.g. Page): its title, its
/// body, and the sections its other parts and fields give, in the type's part order.
/// </summary>
public sealed record ContentDisplayViewModel(string Title, string Url, string? BodyHtml, IReadOnlyList<ContentDisplaySection> Sections, DateTime? ModifiedUtc)
{
    public bool IsHome { get; init; }

    /// <summary>A body given as plain paragraphs (Orchard's Markdown body), shown when there is no HTML body.</summary>
    public IReadOnlyList<string> BodyText { get; init; } = [];
}

/// <summary>One field's value: plain text, or sanitized HTML (already sanitized when stored).</summary>
public sealed record ContentDisplaySection(string Label, string? Text, string? Html);
