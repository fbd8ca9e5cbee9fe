using System.ComponentModel.DataAnnotations;

namespace DanVan.Tenants.ViewModels;

public sealed class TenantSetupViewModel
{
    public string Name { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public string? FailureReason { get; set; }

    [Required]
    [Display(Name = "Mẫu cài đặt (recipe)")]
    public string RecipeName { get; set; } = "district-board";

    [Required(ErrorMessage = "Nhập e-mail của quản trị viên trang.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [Display(Name = "E-mail quản trị viên")]
    public string AdminEmail { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu quản trị viên (để trống để gửi thư mời)")]
    public string? AdminPassword { get; set; }

    public IReadOnlyList<(string Name, string DisplayName)> Recipes { get; set; } = [];
}
