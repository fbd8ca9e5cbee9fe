namespace DanVan.Orchard.Contents.Fields;

/// <summary>
/// What a field type does with its value when an item is stored (Orchard's field handler). Registered per field type
/// with <see cref="Parts.ContentElementServiceCollectionExtensions.AddContentField"/>. A field of a type no enabled module
/// registers is stored as it is.
/// </summary>
public interface IContentFieldHandler
{
    /// <summary>Checks the value's shape and completes it; throws <see cref="ContentFieldContext.Error"/> for a bad value.</summary>
    Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken);

    /// <summary>The value's words for a search index, or null.</summary>
    string? IndexText(ContentFieldContext context) => null;

    /// <summary>What the value's words usually are to a search index (a definition's <c>ContentIndexSettings.Role</c> wins).</summary>
    Parts.ContentIndexRole IndexRole => Parts.ContentIndexRole.Text;
}
