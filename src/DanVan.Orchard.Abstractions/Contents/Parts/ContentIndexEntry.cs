namespace DanVan.Orchard.Contents.Parts;

/// <summary>The words one part or field gives a search index. <see cref="Element"/> is <c>Part</c> or <c>Part.Field</c>.</summary>
public sealed record ContentIndexEntry(string Element, ContentIndexRole Role, string Text);
