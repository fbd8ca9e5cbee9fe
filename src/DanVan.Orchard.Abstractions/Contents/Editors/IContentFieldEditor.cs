using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents.Editors;

/// <summary>
/// A field type's inputs on the edit form. Registered per field type with
/// <see cref="Parts.ContentElementServiceCollectionExtensions.AddContentField"/>; see <see cref="SingleInputFieldEditor"/>
/// for the common case of one input.
/// </summary>
public interface IContentFieldEditor
{
    Task<ContentEditorShape> BuildEditorAsync(ContentFieldEditorContext context, CancellationToken cancellationToken);

    /// <summary>The value the form posted, or null to keep the stored one (after <see cref="ContentFieldEditorContext.Fail"/> for a bad value).</summary>
    Task<JsonObject?> ReadAsync(ContentFieldEditorContext context, CancellationToken cancellationToken);
}
