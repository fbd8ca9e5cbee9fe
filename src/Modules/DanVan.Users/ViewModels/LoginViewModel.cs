using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>The captcha's view component when the form must carry it now (<see cref="DanVan.Orchard.Security.IHumanVerification"/>).</summary>
    [BindNever]
    public Type? HumanCheck { get; set; }

    /// <summary>The last post failed the captcha (its password was not looked at).</summary>
    [BindNever]
    public bool HumanCheckRefused { get; set; }
}
