namespace DanVan.Orchard.Contents;

/// <summary>A change of a content item about to be committed. <see cref="Kind"/> is null for an import (a recipe).</summary>
public sealed record ContentChange(string ContentItemId, string ContentType, ContentEventKind? Kind);
