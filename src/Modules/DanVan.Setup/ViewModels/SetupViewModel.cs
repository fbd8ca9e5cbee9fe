using System.ComponentModel.DataAnnotations;

namespace DanVan.Setup.ViewModels;

public sealed class SetupViewModel
{
    [Required(ErrorMessage = "Nhập tên trang thông tin.")]
    [StringLength(200, ErrorMessage = "Tên trang tối đa 200 ký tự.")]
    [Display(Name = "Tên trang thông tin")]
    public string SiteName { get; set; } = "Ban Dân vận Tỉnh ủy";

    [Required(ErrorMessage = "Chọn recipe cài đặt.")]
    [Display(Name = "Mẫu cài đặt (recipe)")]
    public string RecipeName { get; set; } = "province-portal";

    [Required(ErrorMessage = "Nhập tên đăng nhập.")]
    [StringLength(100)]
    [Display(Name = "Tên đăng nhập quản trị")]
    public string AdminUserName { get; set; } = "admin";

    [Required(ErrorMessage = "Nhập e-mail quản trị viên.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [Display(Name = "E-mail quản trị viên")]
    public string AdminEmail { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string AdminPassword { get; set; } = string.Empty;

    [Compare(nameof(AdminPassword), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu")]
    public string ConfirmPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập mã cài đặt in trên màn hình máy chủ.")]
    [Display(Name = "Mã cài đặt")]
    public string Token { get; set; } = string.Empty;

    [Display(Name = "Bỏ qua các bước, tính năng và giao diện không hỗ trợ (recipe viết cho Orchard Core)")]
    public bool Lenient { get; set; }

    public IReadOnlyList<(string Name, string DisplayName)> Recipes { get; set; } = [];

    /// <summary>Recipe files that cannot be read, shown so the person setting up knows why one is missing.</summary>
    public IReadOnlyList<DanVan.Orchard.Recipes.BrokenRecipe> BrokenRecipes { get; set; } = [];
}
