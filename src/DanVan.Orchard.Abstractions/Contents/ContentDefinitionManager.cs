using DanVan.Orchard.Data;

namespace DanVan.Orchard.Contents;

/// <summary>The current tenant's content definition (cached; treat as read-only, change through <see cref="SaveAsync"/>).</summary>
public sealed class ContentDefinitionManager(IDocumentStore documents)
{
    public Task<ContentDefinitionDocument> GetAsync(CancellationToken cancellationToken) =>
        documents.GetAsync<ContentDefinitionDocument>(ContentDefinitionDocument.DocumentId, cancellationToken);

    public Task SaveAsync(ContentDefinitionDocument definition, CancellationToken cancellationToken) =>
        documents.SaveAsync(ContentDefinitionDocument.DocumentId, definition, cancellationToken);
}
