namespace DanVan.Orchard.Data;

/// <summary>The current tenant's named JSON documents (settings, definitions, menus…), cached per tenant.</summary>
public interface IDocumentStore
{
    /// <summary>The cached document, or a new one when none is stored; treat it as read-only.</summary>
    Task<T> GetAsync<T>(string id, CancellationToken cancellationToken)
        where T : class, new();

    /// <summary>Stores the document and makes the tenant's cached documents and pages stale.</summary>
    Task SaveAsync<T>(string id, T document, CancellationToken cancellationToken)
        where T : class;
}
