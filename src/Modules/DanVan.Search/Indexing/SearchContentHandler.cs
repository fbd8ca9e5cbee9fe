using DanVan.Orchard.Contents;
using DanVan.Orchard.Tenancy;

namespace DanVan.Search.Indexing;

/// <summary>Wakes the worker once a change is committed, so the index shows it within moments.</summary>
public sealed class SearchContentHandler(SearchSignals signals, TenantContext tenant) : IContentEventHandler
{
    public Task OnContentEventAsync(ContentEventKind kind, ContentItem item, ContentActor actor, CancellationToken cancellationToken)
    {
        signals.Notify(tenant.Settings.Name);
        return Task.CompletedTask;
    }
}
