using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Security;
using DanVan.Users.Security;
using DanVan.Users.Services;
using DanVan.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Users.Controllers;

/// <summary>The tenant's users: list, create, edit (e-mail and roles), disable/enable, reset password. The rules
/// (who may change whom, which roles, what a valid form is) are <see cref="UserAdministration"/>'s.</summary>
[Admin]
[RequirePermission(UsersPermissions.Names.ManageUsers)]
public sealed class UsersAdminController(
    UserAdministration administration,
    UserList list,
    Notifier notifier,
    AdminLayoutContext layout,
    IAuditTrailRecorder audit) : Controller
{
    private const string ListUrl = "~/admin/users";

    [HttpGet("/admin/users")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken)
    {
        layout.Crumb("Người dùng");
        return View("Index", await list.GetAsync(User, q, page, cancellationToken));
    }

    [HttpGet("/admin/users/create")]
    public Task<IActionResult> Create(CancellationToken cancellationToken) =>
        CreatePageAsync(new UserCreateViewModel(), [], cancellationToken);

    [HttpPost("/admin/users/create")]
    public async Task<IActionResult> Create(UserCreateViewModel model, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await administration.CreateAsync(User, model, cancellationToken)
            : UserAdminResult.Invalid(await administration.ValidateCreateAsync(User, model, cancellationToken));
        if (!result.Succeeded)
        {
            return await CreatePageAsync(model, result.Errors, cancellationToken);
        }

        await audit.RecordAsync(
            new AuditEvent(AuditCategories.Users, "Created", model.UserName.Trim(), "Vai trò: " + RoleList(model.Roles)), cancellationToken);
        notifier.Success(result.Message);
        return Redirect(Url.Content(ListUrl));
    }

    [HttpGet("/admin/users/{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (await administration.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await administration.MayChangeAsync(User, user))
        {
            return AdministratorOnly();
        }

        var model = new UserEditViewModel { Email = user.Email ?? string.Empty, Roles = await administration.RolesOfAsync(user) };
        return await EditPageAsync(user, model, [], cancellationToken);
    }

    [HttpPost("/admin/users/{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        if (await administration.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        var (emailBefore, rolesBefore) = (user.Email, await administration.RolesOfAsync(user));
        var result = ModelState.IsValid || !await administration.MayChangeAsync(User, user)
            ? await administration.EditAsync(User, user, model, cancellationToken)
            : UserAdminResult.Invalid(await administration.ValidateEditAsync(User, user, model, cancellationToken));
        switch (result.Status)
        {
            case UserAdminStatus.AdministratorOnly:
                return AdministratorOnly();
            case UserAdminStatus.Invalid:
                return await EditPageAsync(user, model, result.Errors, cancellationToken);
            default:
                await AuditEditAsync(user, emailBefore, rolesBefore, cancellationToken);
                notifier.Success(result.Message);
                return Redirect(Url.Content(ListUrl));
        }
    }

    [HttpPost("/admin/users/{id}/disable")]
    public Task<IActionResult> Disable(string id, string? returnUrl) =>
        ActAsync(id, "Disabled", user => administration.DisableAsync(User, user), _ => Back(returnUrl));

    [HttpPost("/admin/users/{id}/enable")]
    public Task<IActionResult> Enable(string id, string? returnUrl) =>
        ActAsync(id, "Enabled", user => administration.EnableAsync(User, user), _ => Back(returnUrl));

    [HttpPost("/admin/users/{id}/reset-password")]
    public Task<IActionResult> ResetPassword(
        string id, [Bind(Prefix = nameof(UserEditViewModel.ResetPassword))] ResetUserPasswordViewModel model) =>
        ActAsync(id, "PasswordReset", user => administration.ResetPasswordAsync(User, user, model),
            user => Redirect(Url.Content($"~/admin/users/{Uri.EscapeDataString(user.Id)}/edit")));

    /// <summary>An action of its own form: the outcome is a notice on the page <paramref name="next"/> leads to.</summary>
    private async Task<IActionResult> ActAsync(
        string id, string auditName, Func<IdentityUser, Task<UserAdminResult>> act, Func<IdentityUser, IActionResult> next)
    {
        if (await administration.FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        var result = await act(user);
        if (result.Status == UserAdminStatus.AdministratorOnly)
        {
            return AdministratorOnly();
        }

        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Users, auditName, user.UserName), CancellationToken.None);
            notifier.Success(result.Message);
        }
        else
        {
            notifier.Error(result.Message);
        }

        return next(user);
    }

    /// <summary>What an edit changed: the e-mail (as "changed", not the address) and the roles, before → after.</summary>
    private async Task AuditEditAsync(IdentityUser user, string? emailBefore, IReadOnlyList<string> rolesBefore, CancellationToken cancellationToken)
    {
        var rolesAfter = await administration.RolesOfAsync(user);
        if (!rolesBefore.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(rolesAfter.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase))
        {
            await audit.RecordAsync(
                new AuditEvent(AuditCategories.Users, "RolesChanged", user.UserName, $"{RoleList(rolesBefore)} → {RoleList(rolesAfter)}"),
                cancellationToken);
        }

        if (!string.Equals(emailBefore, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Users, "Edited", user.UserName, "Đã đổi: Thư điện tử"), cancellationToken);
        }
    }

    private static string RoleList(IEnumerable<string> roles) =>
        roles.Any() ? string.Join(", ", roles.Select(RoleNames.Display)) : "không có";

    private async Task<IActionResult> CreatePageAsync(
        UserCreateViewModel model, IReadOnlyList<FormError> errors, CancellationToken cancellationToken)
    {
        model.AvailableRoles = await administration.AssignableRolesAsync(User, cancellationToken);
        layout.Crumb("Người dùng", ListUrl).Crumb("Thêm người dùng");
        return Page("Create", model, errors);
    }

    private async Task<IActionResult> EditPageAsync(
        IdentityUser user, UserEditViewModel model, IReadOnlyList<FormError> errors, CancellationToken cancellationToken)
    {
        model.Id = user.Id;
        model.UserName = user.UserName ?? string.Empty;
        model.AvailableRoles = await administration.AssignableRolesAsync(User, cancellationToken);
        model.IsSelf = administration.IsSelf(User, user);
        model.Status = UserListItem.StatusOf(user, DateTimeOffset.UtcNow);
        model.LockedUntilLocal = list.LockedUntilLocal(user, model.Status);
        layout.Crumb("Người dùng", ListUrl).Crumb(model.UserName);
        return Page("Edit", model, errors);
    }

    /// <summary>The form again with every error: a field's errors joined next to it (its message shows one),
    /// the form's in the summary; 400 when there are any.</summary>
    private ViewResult Page(string view, object model, IReadOnlyList<FormError> errors)
    {
        foreach (var field in errors.GroupBy(e => e.Field))
        {
            var entry = ModelState[field.Key];
            var messages = (entry?.Errors.Select(e => e.ErrorMessage) ?? []).Concat(field.Select(e => e.Message))
                .Where(m => m.Length > 0).Distinct().ToList();
            entry?.Errors.Clear();
            foreach (var message in field.Key.Length == 0 ? messages : [string.Join(" ", messages)])
            {
                ModelState.AddModelError(field.Key, message);
            }
        }

        var page = View(view, model);
        page.StatusCode = ModelState.IsValid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return page;
    }

    private RedirectResult AdministratorOnly()
    {
        notifier.Error(UserAdminResult.AdministratorOnly.Message);
        return Redirect(Url.Content(ListUrl));
    }

    private RedirectResult Back(string? returnUrl) =>
        Redirect(TenantReturnUrl.Check(HttpContext, returnUrl) ?? Url.Content(ListUrl));
}
