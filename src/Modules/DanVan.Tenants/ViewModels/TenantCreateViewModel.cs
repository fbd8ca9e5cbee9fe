using System.ComponentModel.DataAnnotations;

namespace DanVan.Tenants.ViewModels;

public sealed class TenantCreateViewModel
{
    [Required(ErrorMessage = "Nhập tên kỹ thuật của trang.")]
    [Display(Name = "Tên kỹ thuật (không dấu, ví dụ HoaAn)")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập tên hiển thị.")]
    [StringLength(200)]
    [Display(Name = "Tên hiển thị (ví dụ Ban Dân vận Huyện ủy Hòa An)")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Tiền tố đường dẫn (ví dụ hoa-an)")]
    public string? Prefix { get; set; }

    [Display(Name = "Hoặc tên miền riêng (ví dụ hoaan.danvan.example.vn)")]
    public string? Host { get; set; }

    [Required]
    [Display(Name = "Mẫu cài đặt (recipe)")]
    public string RecipeName { get; set; } = "district-board";

    [Display(Name = "Thêm nội dung mẫu")]
    public bool SampleContent { get; set; }

    [Display(Name = "Bỏ qua các bước, tính năng và giao diện không hỗ trợ (recipe viết cho Orchard Core)")]
    public bool Lenient { get; set; }

    [Required(ErrorMessage = "Nhập e-mail của quản trị viên trang.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [Display(Name = "E-mail quản trị viên")]
    public string AdminEmail { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu quản trị viên (để trống để gửi thư mời)")]
    public string? AdminPassword { get; set; }

    public Dictionary<string, string> Variables { get; set; } = [];

    public IReadOnlyList<(string Name, string DisplayName)> Recipes { get; set; } = [];

    public IReadOnlyList<RecipeVariableField> VariableFields { get; set; } = [];
}
