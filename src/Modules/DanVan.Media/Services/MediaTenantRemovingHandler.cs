using DanVan.Orchard.Media;
using DanVan.Orchard.Tenancy;

namespace DanVan.Media.Services;

/// <summary>A removed tenant's files leave the media store with it (a folder, or a container or prefix on Azure).</summary>
public sealed class MediaTenantRemovingHandler(IMediaStore store) : ITenantRemovingHandler
{
    public Task RemovingAsync(TenantSettings tenant, CancellationToken cancellationToken) =>
        store.DeleteTenantAsync(tenant.Name, cancellationToken);
}
