using System.ComponentModel.DataAnnotations;

namespace DanVan.Users.ViewModels;

/// <summary>A new password typed by an administrator for another user.</summary>
public sealed class ResetUserPasswordViewModel
{
    [Required(ErrorMessage = "Nhập mật khẩu mới.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Mật khẩu phải có ít nhất 10 ký tự.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập lại mật khẩu mới.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
