namespace DanVan.Orchard.Contents.Parts;

/// <summary>
/// What a part does when an item of a type having it is stored or changes state (Orchard's part handler). Registered
/// per part name with <see cref="ContentElementServiceCollectionExtensions.AddContentPart"/>; runs only in tenants where
/// the feature of the module that registered it is on.
/// </summary>
public interface IContentPartHandler
{
    /// <summary>
    /// Handlers run by this order, then by the type's part order. A handler reading what others compute (the path pattern
    /// reads the display text the title sets) has a higher order.
    /// </summary>
    int Order => 0;

    /// <summary>Checks and completes the part before the item is stored; throws <see cref="ContentPartContext.Error"/> for a bad value.</summary>
    Task NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken);

    /// <summary>Told after a change of the item is stored (published, unpublished, removed…).</summary>
    Task OnContentEventAsync(ContentEventKind kind, ContentPartContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The part's words for a search index, or null.</summary>
    string? IndexText(ContentPartContext context) => null;

    /// <summary>What the part's words usually are to a search index (a definition's <c>ContentIndexSettings.Role</c> wins).</summary>
    ContentIndexRole IndexRole => ContentIndexRole.Text;
}
