using System.ComponentModel.DataAnnotations;

namespace DanVan.Users.ViewModels;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Nhập e-mail.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [Display(Name = "E-mail của tài khoản")]
    public string Email { get; set; } = string.Empty;
}
