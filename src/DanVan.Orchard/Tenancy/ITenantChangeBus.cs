namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Tells the other nodes that a tenant changed, so they take it into account at once instead of at their next poll
/// of the tenant store (or never, for content: a node's cached pages follow its own content generation).
/// </summary>
public interface ITenantChangeBus
{
    /// <summary>Sends without waiting; a failure is logged, never thrown (the change itself is already stored).</summary>
    void Publish(TenantChange change);
}
