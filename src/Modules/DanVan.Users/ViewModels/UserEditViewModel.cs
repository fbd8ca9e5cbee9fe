using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace DanVan.Users.ViewModels;

public sealed class UserEditViewModel
{
    /// <summary>From the route, never from the form.</summary>
    [BindNever]
    [ValidateNever]
    public string Id { get; set; } = string.Empty;

    [BindNever]
    [ValidateNever]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Nhập e-mail.")]
    [EmailAddress(ErrorMessage = "E-mail không hợp lệ.")]
    [StringLength(256, ErrorMessage = "E-mail tối đa 256 ký tự.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    /// <summary>The role names ticked in the form.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>The roles that can be ticked (filled by the controller, never posted).</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    /// <summary>The signed-in user is editing their own account.</summary>
    [BindNever]
    [ValidateNever]
    public bool IsSelf { get; set; }

    [BindNever]
    [ValidateNever]
    public UserStatus Status { get; set; }

    [BindNever]
    [ValidateNever]
    public DateTime? LockedUntilLocal { get; set; }

    [ValidateNever]
    public string StatusText => UserListItem.DescribeStatus(Status, LockedUntilLocal);

    /// <summary>The separate "reset password" form of the page (posted to its own action, with this prefix).</summary>
    [BindNever]
    [ValidateNever]
    public ResetUserPasswordViewModel ResetPassword { get; set; } = new();
}
