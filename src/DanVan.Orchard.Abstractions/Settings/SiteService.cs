using DanVan.Orchard.Data;

namespace DanVan.Orchard.Settings;

/// <summary>The current tenant's site settings (cached in its shell).</summary>
public sealed class SiteService(IDocumentStore documents)
{
    public const string DocumentId = "SiteSettings";

    public Task<SiteSettings> GetAsync(CancellationToken cancellationToken) =>
        documents.GetAsync<SiteSettings>(DocumentId, cancellationToken);

    public Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken) =>
        documents.SaveAsync(DocumentId, settings, cancellationToken);
}
