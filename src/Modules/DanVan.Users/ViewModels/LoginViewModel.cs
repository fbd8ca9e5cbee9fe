using System.ComponentModel.DataAnnotations;

namespace DanVan.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Nhập tên đăng nhập hoặc e-mail.")]
    [Display(Name = "Tên đăng nhập hoặc e-mail")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Ghi nhớ đăng nhập")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
