using System.ComponentModel.DataAnnotations;

namespace DanVan.Tenants.ViewModels;

public sealed class TenantEditViewModel
{
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập tên hiển thị.")]
    [StringLength(200)]
    [Display(Name = "Tên hiển thị")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Tiền tố đường dẫn")]
    public string? Prefix { get; set; }

    [Display(Name = "Tên miền riêng")]
    public string? Host { get; set; }

    public bool IsDefault { get; set; }

    [Display(Name = "Hồ sơ tính năng")]
    public string? FeatureProfile { get; set; }

    public IReadOnlyList<string> FeatureProfiles { get; set; } = [];
}
