using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Users.ViewModels;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Nhập e-mail.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [Display(Name = "E-mail của tài khoản")]
    public string Email { get; set; } = string.Empty;

    /// <summary>The captcha's view component, when the tenant has one (<see cref="DanVan.Orchard.Security.IHumanVerification"/>).</summary>
    [BindNever]
    public Type? HumanCheck { get; set; }

    [BindNever]
    public bool HumanCheckRefused { get; set; }
}
