namespace DanVan.Orchard.Tenancy;

/// <summary>What changed about a tenant, as told to the other nodes.</summary>
public enum TenantChangeKind
{
    /// <summary>A new entry in the tenant store.</summary>
    Created,

    /// <summary>Its entry changed: state (setup, disable, enable, failed), address, name, revision, setup lease.</summary>
    Changed,

    /// <summary>Its entry is gone.</summary>
    Removed,

    /// <summary>Its content, settings or features changed (its database, not the store): cached pages and documents are stale.</summary>
    Content,
}
