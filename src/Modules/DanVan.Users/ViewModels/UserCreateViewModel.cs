using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace DanVan.Users.ViewModels;

public sealed class UserCreateViewModel
{
    [Required(ErrorMessage = "Nhập tên đăng nhập.")]
    [StringLength(100, ErrorMessage = "Tên đăng nhập tối đa 100 ký tự.")]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập e-mail.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [StringLength(256, ErrorMessage = "E-mail tối đa 256 ký tự.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập mật khẩu.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Mật khẩu phải có ít nhất 10 ký tự.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập lại mật khẩu.")]
    [Compare(nameof(Password), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu")]
    public string ConfirmPassword { get; set; } = string.Empty;

    /// <summary>The role names ticked in the form.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>The roles that can be ticked (filled by the controller, never posted).</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<string> AvailableRoles { get; set; } = [];
}
