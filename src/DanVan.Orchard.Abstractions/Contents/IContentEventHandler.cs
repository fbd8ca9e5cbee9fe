namespace DanVan.Orchard.Contents;

/// <summary>Told after a content change is stored (the audit trail, the search index…).</summary>
public interface IContentEventHandler
{
    Task OnContentEventAsync(ContentEventKind kind, ContentItem item, ContentActor actor, CancellationToken cancellationToken);
}
