using DanVan.Tenants.Services;

namespace DanVan.Tenants.ViewModels;

/// <summary>The import page: the uploaded CSV's text (posted back to start) and its validation report.</summary>
public sealed class TenantImportViewModel
{
    public string? Csv { get; set; }

    public TenantImportPlan? Plan { get; set; }
}
