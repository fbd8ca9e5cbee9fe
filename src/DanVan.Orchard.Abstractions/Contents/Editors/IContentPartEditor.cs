namespace DanVan.Orchard.Contents.Editors;

/// <summary>
/// The part's inputs on the item's edit form (Orchard's display driver, editor side). Registered per part name with
/// <see cref="Parts.ContentElementServiceCollectionExtensions.AddContentPart"/>; a part without one has no inputs and
/// keeps what it stores.
/// </summary>
public interface IContentPartEditor
{
    /// <summary>The form input that shows the part handler's errors (a <see cref="ContentFormatException"/> about the part).</summary>
    string? FormKey => null;

    Task<ContentEditorShape> BuildEditorAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken);

    /// <summary>Writes the posted values into the part, adding an error to the context for each bad one.</summary>
    Task ReadAsync(ContentEditorContext context, ContentTypePartDefinition typePart, CancellationToken cancellationToken);
}
