using System.ComponentModel.DataAnnotations;

namespace DanVan.Tenants.ViewModels;

/// <summary>The portal's form that makes a new district from an export zip.</summary>
public sealed class SiteImportViewModel
{
    [Display(Name = "Tên kỹ thuật")]
    public string? Name { get; set; }

    [Display(Name = "Tên hiển thị")]
    public string? DisplayName { get; set; }

    [Display(Name = "Tiền tố đường dẫn")]
    public string? Prefix { get; set; }

    [Display(Name = "Tên miền riêng")]
    public string? Host { get; set; }

    [Display(Name = "Bỏ qua các bước, tính năng và giao diện không biết trong bản xuất (mỗi thứ một cảnh báo)")]
    public bool Lenient { get; set; }

    [Display(Name = "Mật khẩu mới cho quản trị viên “admin” (không bắt buộc)")]
    [DataType(DataType.Password)]
    public string? AdminPassword { get; set; }
}
