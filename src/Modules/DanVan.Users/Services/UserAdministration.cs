using System.Security.Claims;
using System.Text;
using DanVan.Orchard.Security;
using DanVan.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Users.Services;

/// <summary>
/// The rules of managing a tenant's users, whoever asks (the admin pages, tests): only administrators touch an
/// administrator's account or give the Administrator role; nobody disables themselves or drops their own
/// Administrator role (so the tenant always keeps an administrator); implicit roles are never assigned; a form is
/// checked whole, every error at once, before anything is written.
/// </summary>
public sealed class UserAdministration(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    private const string Administrator = StandardRoles.Administrator;
    private static readonly StringComparer RoleComparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Roles everybody has implicitly; they are never assigned to a user.</summary>
    public static readonly IReadOnlySet<string> ImplicitRoles =
        new HashSet<string>(RoleComparer) { StandardRoles.Anonymous, StandardRoles.Authenticated };

    private readonly Dictionary<string, bool> _administrators = new(StringComparer.Ordinal);

    public Task<IdentityUser?> FindAsync(string id) => users.FindByIdAsync(id);

    public bool IsSelf(ClaimsPrincipal actor, IdentityUser user) =>
        string.Equals(users.GetUserId(actor), user.Id, StringComparison.Ordinal);

    public async Task<bool> IsAdministratorAsync(ClaimsPrincipal actor)
    {
        var id = users.GetUserId(actor);
        if (id is null)
        {
            return false;
        }

        if (!_administrators.TryGetValue(id, out var known))
        {
            var me = await users.FindByIdAsync(id);
            known = me is not null && await users.IsInRoleAsync(me, Administrator);
            _administrators[id] = known;
        }

        return known;
    }

    /// <summary>Managing users does not make one an administrator: only administrators may change an
    /// administrator's account (otherwise resetting their password would hand the account over).</summary>
    public async Task<bool> MayChangeAsync(ClaimsPrincipal actor, IdentityUser user) =>
        await IsAdministratorAsync(actor) || !await users.IsInRoleAsync(user, Administrator);

    /// <summary>The tenant's roles a user can be given by <paramref name="actor"/>: not the implicit ones, and not
    /// Administrator unless the actor is one.</summary>
    public async Task<IReadOnlyList<string>> AssignableRolesAsync(ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var names = await roles.Roles.Where(r => r.Name != null).Select(r => r.Name!).ToListAsync(cancellationToken);
        var isAdministrator = await IsAdministratorAsync(actor);
        return RoleNames.Sort(names.Where(n => !ImplicitRoles.Contains(n) && (isAdministrator || !RoleComparer.Equals(n, Administrator))));
    }

    /// <summary>The user's roles shown on the edit form (the implicit ones left out).</summary>
    public async Task<List<string>> RolesOfAsync(IdentityUser user) =>
        (await users.GetRolesAsync(user)).Where(r => !ImplicitRoles.Contains(r)).ToList();

    public async Task<IReadOnlyList<FormError>> ValidateCreateAsync(ClaimsPrincipal actor, UserCreateViewModel form, CancellationToken cancellationToken)
    {
        var errors = UserFormValidator.Annotations(form);
        var (_, roleErrors) = SelectRoles(form.Roles, await AssignableRolesAsync(actor, cancellationToken));
        errors.AddRange(roleErrors);
        var user = NewUser(form);
        errors.AddWhereFree(UserFormValidator.OnFields(await UserFormValidator.ValidateUserAsync(users, user), "UserName", "Email"));
        if (!string.IsNullOrEmpty(form.Password))
        {
            errors.AddWhereFree(UserFormValidator.OnFields(await UserFormValidator.ValidatePasswordAsync(users, user, form.Password), "Password"));
        }

        return errors;
    }

    public async Task<UserAdminResult> CreateAsync(ClaimsPrincipal actor, UserCreateViewModel form, CancellationToken cancellationToken)
    {
        if (await ValidateCreateAsync(actor, form, cancellationToken) is { Count: > 0 } errors)
        {
            return UserAdminResult.Invalid(errors);
        }

        var (selected, _) = SelectRoles(form.Roles, await AssignableRolesAsync(actor, cancellationToken));
        var user = NewUser(form);
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return UserAdminResult.Invalid(UserFormValidator.OnFields(created.Errors, "UserName", "Email", "Password").ToList());
        }

        if (selected.Count > 0 && await users.AddToRolesAsync(user, selected) is { Succeeded: false } added)
        {
            // All or nothing: a user without the roles asked for is not what the administrator created.
            var failed = UserFormValidator.OnFields(added.Errors).ToList();
            if (!(await users.DeleteAsync(user)).Succeeded)
            {
                failed.Add(new FormError(FormError.WholeForm,
                    $"Không xóa được tài khoản “{user.UserName}” vừa tạo dở; hãy tìm nó trong danh sách để sửa vai trò hoặc vô hiệu hóa."));
            }

            return UserAdminResult.Invalid(failed);
        }

        return UserAdminResult.Done($"Đã tạo người dùng “{user.UserName}”.");
    }

    public async Task<IReadOnlyList<FormError>> ValidateEditAsync(
        ClaimsPrincipal actor, IdentityUser user, UserEditViewModel form, CancellationToken cancellationToken)
    {
        var errors = UserFormValidator.Annotations(form);
        var (selected, roleErrors) = SelectRoles(form.Roles, await AssignableRolesAsync(actor, cancellationToken));
        errors.AddRange(roleErrors);
        if (IsSelf(actor, user) && await users.IsInRoleAsync(user, Administrator) && !selected.Contains(Administrator, RoleComparer))
        {
            errors.Add(new FormError(FormError.WholeForm, "Bạn không thể bỏ vai trò Quản trị của chính mình."));
        }

        var email = Normalize(form.Email);
        if (!string.Equals(email, user.Email, StringComparison.Ordinal))
        {
            // A copy: the validators read the e-mail from the user, and the real one must not change before saving.
            var changed = new IdentityUser { Id = user.Id, UserName = user.UserName, Email = email };
            errors.AddWhereFree(UserFormValidator.OnFields(await UserFormValidator.ValidateUserAsync(users, changed), "Email"));
        }

        return errors;
    }

    public async Task<UserAdminResult> EditAsync(ClaimsPrincipal actor, IdentityUser user, UserEditViewModel form, CancellationToken cancellationToken)
    {
        if (!await MayChangeAsync(actor, user))
        {
            return UserAdminResult.AdministratorOnly;
        }

        if (await ValidateEditAsync(actor, user, form, cancellationToken) is { Count: > 0 } errors)
        {
            return UserAdminResult.Invalid(errors);
        }

        var email = Normalize(form.Email);
        if (!string.Equals(email, user.Email, StringComparison.Ordinal) && await users.SetEmailAsync(user, email) is { Succeeded: false } changed)
        {
            return UserAdminResult.Invalid(UserFormValidator.OnFields(changed.Errors, "Email").ToList());
        }

        var assignable = await AssignableRolesAsync(actor, cancellationToken);
        var (selected, _) = SelectRoles(form.Roles, assignable);
        var current = await users.GetRolesAsync(user);
        // Only the roles the actor may give are touched; removing first means a failure never leaves extra rights behind.
        var toRemove = current.Where(r => assignable.Contains(r, RoleComparer) && !selected.Contains(r, RoleComparer)).ToList();
        var toAdd = selected.Where(r => !current.Contains(r, RoleComparer)).ToList();
        if (toRemove.Count > 0 && await users.RemoveFromRolesAsync(user, toRemove) is { Succeeded: false } removed)
        {
            return UserAdminResult.Invalid(UserFormValidator.OnFields(removed.Errors).ToList());
        }

        if (toAdd.Count > 0 && await users.AddToRolesAsync(user, toAdd) is { Succeeded: false } added)
        {
            if (toRemove.Count > 0)
            {
                await users.AddToRolesAsync(user, toRemove);
            }

            return UserAdminResult.Invalid(UserFormValidator.OnFields(added.Errors).ToList());
        }

        return UserAdminResult.Done($"Đã lưu người dùng “{user.UserName}”.");
    }

    public async Task<UserAdminResult> DisableAsync(ClaimsPrincipal actor, IdentityUser user)
    {
        if (!await MayChangeAsync(actor, user))
        {
            return UserAdminResult.AdministratorOnly;
        }

        if (IsSelf(actor, user))
        {
            return UserAdminResult.Invalid([new FormError(FormError.WholeForm, "Bạn không thể vô hiệu hóa tài khoản của chính mình.")]);
        }

        var result = await users.SetLockoutEnabledAsync(user, true);
        if (result.Succeeded)
        {
            result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        }

        if (result.Succeeded)
        {
            // A new stamp ends the sessions the user already has at their next validation.
            result = await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded
            ? UserAdminResult.Done($"Đã vô hiệu hóa tài khoản “{user.UserName}”.")
            : UserAdminResult.Invalid(UserFormValidator.OnFields(result.Errors).ToList(), $"Không vô hiệu hóa được tài khoản “{user.UserName}”:");
    }

    public async Task<UserAdminResult> EnableAsync(ClaimsPrincipal actor, IdentityUser user)
    {
        if (!await MayChangeAsync(actor, user))
        {
            return UserAdminResult.AdministratorOnly;
        }

        var result = IdentityResult.Success;
        if (user.LockoutEnd is not null)
        {
            if (await users.GetLockoutEnabledAsync(user))
            {
                result = await users.SetLockoutEndDateAsync(user, null);
            }
            else
            {
                // SetLockoutEndDateAsync refuses users without lockout; the sign-in page still reads the end date.
                user.LockoutEnd = null;
                result = await users.UpdateAsync(user);
            }
        }

        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }

        return result.Succeeded
            ? UserAdminResult.Done($"Đã kích hoạt lại tài khoản “{user.UserName}”.")
            : UserAdminResult.Invalid(UserFormValidator.OnFields(result.Errors).ToList(), $"Không kích hoạt lại được tài khoản “{user.UserName}”:");
    }

    /// <summary>A new password typed by the actor; the user's sessions end (the reset changes the security stamp).</summary>
    public async Task<UserAdminResult> ResetPasswordAsync(ClaimsPrincipal actor, IdentityUser user, ResetUserPasswordViewModel form)
    {
        if (!await MayChangeAsync(actor, user))
        {
            return UserAdminResult.AdministratorOnly;
        }

        const string Summary = "Chưa đặt lại mật khẩu:";
        var errors = UserFormValidator.Annotations(form);
        if (!errors.Any(e => e.Field == nameof(form.NewPassword)))
        {
            errors.AddWhereFree(UserFormValidator.OnFields(await UserFormValidator.ValidatePasswordAsync(users, user, form.NewPassword)));
        }

        if (errors.Count > 0)
        {
            return UserAdminResult.Invalid(errors, Summary);
        }

        // A reset token keeps the change atomic: the old password stays if the new one is refused.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, form.NewPassword);
        return result.Succeeded
            ? UserAdminResult.Done($"Đã đặt lại mật khẩu của “{user.UserName}”. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.")
            : UserAdminResult.Invalid(UserFormValidator.OnFields(result.Errors).ToList(), Summary);
    }

    /// <summary>The ticked roles, spelled as the tenant spells them; a role that cannot be given here is an error.</summary>
    public static (List<string> Selected, List<FormError> Errors) SelectRoles(IEnumerable<string> posted, IReadOnlyList<string> assignable)
    {
        var selected = new List<string>();
        var errors = new List<FormError>();
        foreach (var name in posted.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()))
        {
            var role = assignable.FirstOrDefault(a => RoleComparer.Equals(a, name));
            if (role is null)
            {
                errors.Add(new FormError("Roles", $"Không thể gán vai trò “{name}”."));
            }
            else if (!selected.Contains(role))
            {
                selected.Add(role);
            }
        }

        return (selected, errors);
    }

    public static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    private static IdentityUser NewUser(UserCreateViewModel form) =>
        new() { UserName = Normalize(form.UserName), Email = Normalize(form.Email) };
}
