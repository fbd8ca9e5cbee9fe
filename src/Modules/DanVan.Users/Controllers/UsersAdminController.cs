using System.Text;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Users.Security;
using DanVan.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Users.Controllers;

/// <summary>The tenant's users: list, create, edit (e-mail and roles), disable/enable, reset password.</summary>
[Admin]
[RequirePermission(UsersPermissions.Names.ManageUsers)]
public sealed class UsersAdminController(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    Notifier notifier,
    AdminLayoutContext layout,
    TenantContext tenant) : Controller
{
    private const string ListUrl = "~/admin/users";
    private const string Administrator = StandardRoles.Administrator;

    /// <summary>Roles everybody has implicitly; they are never assigned to a user.</summary>
    private static readonly HashSet<string> ImplicitRoles =
        new(StringComparer.OrdinalIgnoreCase) { StandardRoles.Anonymous, StandardRoles.Authenticated };

    private bool? _actorIsAdministrator;

    [HttpGet("/admin/users")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var search = Normalize(q);
        var query = users.Users;
        if (search is not null)
        {
            // The normalized columns are upper-cased, so the search ignores case on every database.
            var name = users.NormalizeName(search) ?? search;
            var email = users.NormalizeEmail(search) ?? search;
            query = query.Where(u => u.NormalizedUserName!.Contains(name) || u.NormalizedEmail!.Contains(email));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + UserListViewModel.PageSize - 1) / UserListViewModel.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var found = await query
            .OrderBy(u => u.NormalizedUserName)
            .ThenBy(u => u.Id)
            .Skip((page - 1) * UserListViewModel.PageSize)
            .Take(UserListViewModel.PageSize)
            .ToListAsync(cancellationToken);

        var now = DateTimeOffset.UtcNow;
        var items = new List<UserListItem>(found.Count);
        foreach (var user in found)
        {
            var userRoles = await users.GetRolesAsync(user);
            var status = UserListItem.StatusOf(user, now);
            items.Add(new UserListItem(
                user.Id,
                user.UserName ?? string.Empty,
                user.Email,
                RoleNames.Sort(userRoles.Where(r => !ImplicitRoles.Contains(r))),
                status,
                LockedUntilLocal(user, status))
            {
                IsSelf = IsSelf(user),
            });
        }

        layout.Crumb("Người dùng");
        return View("Index", new UserListViewModel
        {
            Users = items,
            Query = search,
            Page = page,
            PageCount = pageCount,
            TotalCount = total,
        });
    }

    [HttpGet("/admin/users/create")]
    public async Task<IActionResult> Create()
    {
        return await CreatePageAsync(new UserCreateViewModel());
    }

    [HttpPost("/admin/users/create")]
    public async Task<IActionResult> Create(UserCreateViewModel model)
    {
        var selected = SelectRoles(model.Roles, await AssignableRolesAsync());
        if (!ModelState.IsValid)
        {
            return await Invalid(CreatePageAsync(model));
        }

        var user = new IdentityUser { UserName = Normalize(model.UserName), Email = Normalize(model.Email) };
        var created = await users.CreateAsync(user, model.Password);
        if (!created.Succeeded)
        {
            AddErrors(created, nameof(model.UserName), nameof(model.Email), nameof(model.Password));
            return await Invalid(CreatePageAsync(model));
        }

        if (selected.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, selected);
            if (!added.Succeeded)
            {
                // All or nothing: a user without the roles asked for is not what the administrator created.
                var deleted = await users.DeleteAsync(user);
                AddErrors(added);
                if (!deleted.Succeeded)
                {
                    ModelState.AddModelError(string.Empty,
                        $"Không xóa được tài khoản “{user.UserName}” vừa tạo dở; hãy tìm nó trong danh sách để sửa vai trò hoặc vô hiệu hóa.");
                }

                return await Invalid(CreatePageAsync(model));
            }
        }

        notifier.Success($"Đã tạo người dùng “{user.UserName}”.");
        return Redirect(Url.Content(ListUrl));
    }

    [HttpGet("/admin/users/{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await RefuseAdministratorTargetAsync(user) is { } refused)
        {
            return refused;
        }

        var current = await users.GetRolesAsync(user);
        return await EditPageAsync(user, new UserEditViewModel
        {
            Email = user.Email ?? string.Empty,
            Roles = current.Where(r => !ImplicitRoles.Contains(r)).ToList(),
        });
    }

    [HttpPost("/admin/users/{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await RefuseAdministratorTargetAsync(user) is { } refused)
        {
            return refused;
        }

        var assignable = await AssignableRolesAsync();
        var selected = SelectRoles(model.Roles, assignable);
        var current = await users.GetRolesAsync(user);
        if (IsSelf(user) && current.Contains(Administrator, StringComparer.OrdinalIgnoreCase)
            && !selected.Contains(Administrator, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(string.Empty, "Bạn không thể bỏ vai trò Quản trị của chính mình.");
        }

        if (!ModelState.IsValid)
        {
            return await Invalid(EditPageAsync(user, model));
        }

        var email = Normalize(model.Email);
        if (!string.Equals(email, user.Email, StringComparison.Ordinal))
        {
            var changed = await users.SetEmailAsync(user, email);
            if (!changed.Succeeded)
            {
                AddErrors(changed, nameof(model.Email));
                return await Invalid(EditPageAsync(user, model));
            }
        }

        // Only the roles this page offers are touched; removing first means a failure never leaves extra rights behind.
        var assignableSet = assignable.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var toRemove = current.Where(r => assignableSet.Contains(r) && !selected.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var toAdd = selected.Where(r => !current.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (toRemove.Count > 0)
        {
            var removed = await users.RemoveFromRolesAsync(user, toRemove);
            if (!removed.Succeeded)
            {
                AddErrors(removed);
                return await Invalid(EditPageAsync(user, model));
            }
        }

        if (toAdd.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, toAdd);
            if (!added.Succeeded)
            {
                if (toRemove.Count > 0)
                {
                    await users.AddToRolesAsync(user, toRemove);
                }

                AddErrors(added);
                return await Invalid(EditPageAsync(user, model));
            }
        }

        notifier.Success($"Đã lưu người dùng “{user.UserName}”.");
        return Redirect(Url.Content(ListUrl));
    }

    [HttpPost("/admin/users/{id}/disable")]
    public async Task<IActionResult> Disable(string id, string? returnUrl)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await RefuseAdministratorTargetAsync(user) is { } refused)
        {
            return refused;
        }

        if (IsSelf(user))
        {
            notifier.Error("Bạn không thể vô hiệu hóa tài khoản của chính mình.");
            return Back(returnUrl);
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

        if (result.Succeeded)
        {
            notifier.Success($"Đã vô hiệu hóa tài khoản “{user.UserName}”.");
        }
        else
        {
            notifier.Error($"Không vô hiệu hóa được tài khoản “{user.UserName}”: {Describe(result)}");
        }

        return Back(returnUrl);
    }

    [HttpPost("/admin/users/{id}/enable")]
    public async Task<IActionResult> Enable(string id, string? returnUrl)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await RefuseAdministratorTargetAsync(user) is { } refused)
        {
            return refused;
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

        if (result.Succeeded)
        {
            notifier.Success($"Đã kích hoạt lại tài khoản “{user.UserName}”.");
        }
        else
        {
            notifier.Error($"Không kích hoạt lại được tài khoản “{user.UserName}”: {Describe(result)}");
        }

        return Back(returnUrl);
    }

    [HttpPost("/admin/users/{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(
        string id, [Bind(Prefix = nameof(UserEditViewModel.ResetPassword))] ResetUserPasswordViewModel model)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await RefuseAdministratorTargetAsync(user) is { } refused)
        {
            return refused;
        }

        var editUrl = EditUrl(user);
        if (!ModelState.IsValid)
        {
            var messages = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct();
            notifier.Error($"Chưa đặt lại mật khẩu: {string.Join(" ", messages)}");
            return Redirect(editUrl);
        }

        // A reset token keeps the change atomic: the old password stays if the new one is refused.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, model.NewPassword);
        if (!result.Succeeded)
        {
            notifier.Error($"Chưa đặt lại mật khẩu: {Describe(result)}");
            return Redirect(editUrl);
        }

        notifier.Success($"Đã đặt lại mật khẩu của “{user.UserName}”. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.");
        return Redirect(editUrl);
    }

    private async Task<IActionResult> CreatePageAsync(UserCreateViewModel model)
    {
        model.AvailableRoles = await AssignableRolesAsync();
        layout.Crumb("Người dùng", ListUrl).Crumb("Thêm người dùng");
        return View("Create", model);
    }

    private async Task<IActionResult> EditPageAsync(IdentityUser user, UserEditViewModel model)
    {
        var status = UserListItem.StatusOf(user, DateTimeOffset.UtcNow);
        model.Id = user.Id;
        model.UserName = user.UserName ?? string.Empty;
        model.AvailableRoles = await AssignableRolesAsync();
        model.IsSelf = IsSelf(user);
        model.Status = status;
        model.LockedUntilLocal = LockedUntilLocal(user, status);
        layout.Crumb("Người dùng", ListUrl).Crumb(model.UserName);
        return View("Edit", model);
    }

    private async Task<IActionResult> Invalid(Task<IActionResult> page)
    {
        var result = await page;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }


    private bool IsSelf(IdentityUser user) => string.Equals(users.GetUserId(User), user.Id, StringComparison.Ordinal);

    private async Task<bool> ActorIsAdministratorAsync()
    {
        if (_actorIsAdministrator is not { } known)
        {
            var me = await users.GetUserAsync(User);
            known = me is not null && await users.IsInRoleAsync(me, Administrator);
            _actorIsAdministrator = known;
        }

        return known;
    }

    /// <summary>
    /// Managing users does not make one an administrator: only administrators may change an administrator's account
    /// (otherwise resetting their password would hand the account over).
    /// </summary>
    private async Task<IActionResult?> RefuseAdministratorTargetAsync(IdentityUser user)
    {
        if (await ActorIsAdministratorAsync() || !await users.IsInRoleAsync(user, Administrator))
        {
            return null;
        }

        notifier.Error("Chỉ người có vai trò Quản trị mới được thay đổi tài khoản Quản trị.");
        return Redirect(Url.Content(ListUrl));
    }

    /// <summary>The roles of the tenant a user can be given here: not the implicit ones, and not Administrator unless
    /// the signed-in user is one.</summary>
    private async Task<IReadOnlyList<string>> AssignableRolesAsync()
    {
        var names = await roles.Roles.Where(r => r.Name != null).Select(r => r.Name!).ToListAsync(HttpContext.RequestAborted);
        var isAdministrator = await ActorIsAdministratorAsync();
        return RoleNames.Sort(names.Where(n =>
            !ImplicitRoles.Contains(n) && (isAdministrator || !string.Equals(n, Administrator, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>The ticked roles, spelled as the tenant spells them; a role that cannot be given here is a form error.</summary>
    private List<string> SelectRoles(IEnumerable<string> posted, IReadOnlyList<string> assignable)
    {
        var selected = new List<string>();
        foreach (var name in posted.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()))
        {
            var role = assignable.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            if (role is null)
            {
                ModelState.AddModelError("Roles", $"Không thể gán vai trò “{name}”.");
            }
            else if (!selected.Contains(role))
            {
                selected.Add(role);
            }
        }

        return selected;
    }

    private DateTime? LockedUntilLocal(IdentityUser user, UserStatus status) =>
        status == UserStatus.LockedOut && user.LockoutEnd is { } end ? tenant.ToLocal(end.UtcDateTime) : null;

    private string EditUrl(IdentityUser user) => Url.Content($"~/admin/users/{Uri.EscapeDataString(user.Id)}/edit");

    private RedirectResult Back(string? returnUrl) =>
        Redirect(TenantReturnUrl.Check(HttpContext, returnUrl) ?? Url.Content(ListUrl));

    /// <summary>Identity's (Vietnamese) errors, on the form field they concern when the page shows that field.</summary>
    private void AddErrors(IdentityResult result, params string[] fields)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                "DuplicateUserName" or "InvalidUserName" => "UserName",
                "DuplicateEmail" or "InvalidEmail" => "Email",
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Password",
                _ => string.Empty,
            };
            ModelState.AddModelError(fields.Contains(field) ? field : string.Empty, error.Description);
        }
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
}
