namespace DanVan.Orchard.Contents.Parts;

/// <summary>Tells the handlers of an item's parts about each stored change of the item (publish, unpublish, remove…).</summary>
public sealed class ContentPartEventDispatcher(ContentDefinitionManager definitions, ContentElementRegistry registry) : IContentEventHandler
{
    public async Task OnContentEventAsync(ContentEventKind kind, ContentItem item, ContentActor actor, CancellationToken cancellationToken)
    {
        var type = (await definitions.GetAsync(cancellationToken)).FindType(item.ContentType);
        if (type is null)
        {
            return;
        }

        var elements = await registry.GetAsync(cancellationToken);
        foreach (var typePart in type.PartsInOrder())
        {
            if (elements.PartHandler(typePart.PartName) is { } handler)
            {
                await handler.OnContentEventAsync(kind, new ContentPartContext(item, type, typePart), cancellationToken);
            }
        }
    }
}
