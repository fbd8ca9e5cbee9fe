namespace DanVan.Tenants.ViewModels;

public sealed class TenantRemoveViewModel
{
    public string Name { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    /// <summary>The tenant's name typed again by the administrator.</summary>
    public string Confirmation { get; set; } = string.Empty;
}
