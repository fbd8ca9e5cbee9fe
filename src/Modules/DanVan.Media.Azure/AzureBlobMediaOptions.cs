namespace DanVan.Media.Azure;

/// <summary>The <c>DanVan:Media:AzureBlob</c> section. <c>{tenant}</c> in the templates becomes the tenant's name.</summary>
public sealed class AzureBlobMediaOptions
{
    public const string SectionName = "DanVan:Media:AzureBlob";

    public string? ConnectionString { get; set; }

    /// <summary>Container per tenant by default; a fixed name (with a <see cref="BasePath"/>) shares one container.</summary>
    public string ContainerName { get; set; } = "danvan-{tenant}";

    /// <summary>Folder inside the container, e.g. <c>{tenant}/</c> when the container is shared.</summary>
    public string BasePath { get; set; } = string.Empty;

    /// <summary>When a tenant is removed, delete its container (container per tenant) or its blobs (shared container).</summary>
    public bool RemoveWithTenant { get; set; } = true;
}
