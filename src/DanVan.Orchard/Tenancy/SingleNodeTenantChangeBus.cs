namespace DanVan.Orchard.Tenancy;

/// <summary>One node (no Redis configured): there is nobody to tell; the CLI's changes are seen by polling the store.</summary>
public sealed class SingleNodeTenantChangeBus : ITenantChangeBus
{
    public void Publish(TenantChange change)
    {
    }
}
