using DanVan.Orchard.Audit;
using DanVan.Orchard.Display;
using DanVan.Orchard.Email;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Users.RateLimiting;
using DanVan.Users.Security;
using DanVan.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;

namespace DanVan.Users.Controllers;

/// <summary>Sign-in, sign-out and password flows of the tenant's own users.</summary>
public sealed class AccountController(
    SignInManager<IdentityUser> signIn,
    UserManager<IdentityUser> users,
    IEmailSender email,
    Notifier notifier,
    DecoyPasswordCheck decoy,
    HumanVerificationGate humans,
    IAuditTrailRecorder audit,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>The one answer to every failed sign-in: unknown user, wrong password, disabled or locked-out account.</summary>
    public const string SignInRefused =
        "Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa. " +
        "Hãy kiểm tra lại, dùng “Quên mật khẩu?” hoặc liên hệ quản trị viên của trang.";

    [HttpGet("/login")]
    public async Task<IActionResult> Login(string? returnUrl, CancellationToken cancellationToken)
    {
        var model = new LoginViewModel { ReturnUrl = returnUrl };
        var check = await humans.CurrentAsync(cancellationToken);
        model.HumanCheck = await check.IsRequiredAsync(HumanCheckPurpose.SignIn, HttpContext, null, cancellationToken) ? check.ViewComponent : null;
        return View(model);
    }

    [HttpPost("/login")]
    [EnableRateLimiting(AccountRateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginViewModel model, CancellationToken cancellationToken)
    {
        var check = await humans.CurrentAsync(cancellationToken);
        var name = model.UserName?.Trim() ?? string.Empty;
        var asked = await check.IsRequiredAsync(HumanCheckPurpose.SignIn, HttpContext, name, cancellationToken);
        model.HumanCheck = asked ? check.ViewComponent : null;
        if (!ModelState.IsValid)
        {
            return Invalidated(model);
        }

        if (asked && !await check.VerifyAsync(HttpContext, cancellationToken))
        {
            // The password is not looked at: a wrong or missing code says nothing about it, and costs no lockout attempt.
            // Recorded all the same: a run of these is what guessing at an account looks like once the code is asked.
            await RecordFailedSignInAsync("HumanCheckRefused", name);
            model.HumanCheckRefused = true;
            return Invalidated(model);
        }

        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is null || UserListItem.IsDisabled(user.LockoutEnd, DateTimeOffset.UtcNow) || await users.IsLockedOutAsync(user))
        {
            // The same work and the same answer as a wrong password: the form must not tell which accounts exist, and
            // which are disabled or locked out (the lockout itself still holds; a reset link or the administrator lifts it).
            decoy.Run(model.Password);
            return await RefusedAsync(model, name, check, cancellationToken);
        }

        var result = await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return await RefusedAsync(model, name, check, cancellationToken);
        }

        await check.RecordSignInAsync(HttpContext, name, succeeded: true, cancellationToken);
        UsersLog.SignedIn(logger, user.UserName);
        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "Succeeded") { UserName = user.UserName }, CancellationToken.None);
        return Redirect(TenantReturnUrl.Check(HttpContext, model.ReturnUrl) ?? Url.Content("~/admin"));
    }

    /// <summary>
    /// Signs out here and everywhere: a new security stamp makes every cookie issued so far worthless, including a copy
    /// someone may have taken, and the user's sessions on other devices.
    /// </summary>
    [HttpPost("/logout")]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "SignedOut", user.UserName), CancellationToken.None);
        }

        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }

    [HttpGet("/account/forgot-password")]
    public async Task<IActionResult> ForgotPassword(CancellationToken cancellationToken)
    {
        var check = await humans.CurrentAsync(cancellationToken);
        var asked = await check.IsRequiredAsync(HumanCheckPurpose.ForgotPassword, HttpContext, null, cancellationToken);
        return View(new ForgotPasswordViewModel { HumanCheck = asked ? check.ViewComponent : null });
    }

    [HttpPost("/account/forgot-password")]
    [EnableRateLimiting(AccountRateLimits.ForgotPassword)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model, CancellationToken cancellationToken)
    {
        var check = await humans.CurrentAsync(cancellationToken);
        var asked = await check.IsRequiredAsync(HumanCheckPurpose.ForgotPassword, HttpContext, null, cancellationToken);
        model.HumanCheck = asked ? check.ViewComponent : null;
        if (!ModelState.IsValid)
        {
            return Invalidated(model);
        }

        if (asked && !await check.VerifyAsync(HttpContext, cancellationToken))
        {
            // Nothing is looked up nor sent: each post that passes may send a mail.
            model.HumanCheckRefused = true;
            return Invalidated(model);
        }

        // The answer is the same whether or not the address has an account, so it tells nobody who is registered.
        var user = await users.FindByEmailAsync(model.Email.Trim());
        await audit.RecordAsync(
            new AuditEvent(AuditCategories.Users, "PasswordResetRequested", model.Email.Trim(), user is null ? "Không có tài khoản với địa chỉ này." : "Tài khoản: " + user.UserName)
            {
                // Asked by whoever typed the address, not by the account's owner.
                UserName = string.Empty,
            },
            cancellationToken);
        if (user is not null)
        {
            var code = await users.GeneratePasswordResetTokenAsync(user);
            // From the tenant's configured address: a forged Host header must not make the mail point elsewhere.
            var link = HttpContext.PublicUrl(Url.Action(nameof(ResetPassword), "Account", new { userId = user.Id, code })!);
            // The reset token is not stored (Identity derives it from the security stamp): the outbox row is this
            // action's only write, so it needs no transaction to share.
            try
            {
                await email.SendAsync(EmailMessage.FromTemplate(EmailTemplates.PasswordReset, user.Email!, new Dictionary<string, string>
                {
                    [EmailTemplates.Values.Link] = link,
                    [EmailTemplates.Values.UserName] = user.UserName ?? user.Email!,
                }), cancellationToken);
            }
            catch (EmailMessageException e)
            {
                // The same answer as for anyone: the form must not tell which accounts exist or what is wrong with them.
                UsersLog.ResetMailRefused(logger, user.UserName, e.Message);
            }
        }

        notifier.Success("Nếu e-mail này có tài khoản, một liên kết đặt lại mật khẩu đã được gửi tới.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("/account/reset-password")]
    public IActionResult ResetPassword(string userId, string code) => View(new ResetPasswordViewModel { UserId = userId, Code = code });

    [HttpPost("/account/reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return Invalidated(model);
        }

        var user = await users.FindByIdAsync(model.UserId);
        var result = user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, model.Code, model.Password);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Invalidated(model);
        }

        // A new password lifts a temporary lockout, but never an administrator's "disabled".
        if (user is not null && !UserListItem.IsDisabled(user.LockoutEnd, DateTimeOffset.UtcNow))
        {
            await users.ResetAccessFailedCountAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
        }

        notifier.Success("Đã đặt lại mật khẩu. Hãy đăng nhập bằng mật khẩu mới.");
        return RedirectToAction(nameof(Login));
    }

    [Authorize]
    [HttpGet("/account/change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [Authorize]
    [HttpPost("/account/change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return Invalidated(model);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Invalidated(model);
        }

        await signIn.RefreshSignInAsync(user);
        notifier.Success("Đã đổi mật khẩu.");
        return LocalRedirect(Url.Content("~/admin"));
    }

    [HttpGet("/account/denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Longest typed name kept in a failed sign-in's details (it can be anything).</summary>
    private const int MaxTypedNameInAudit = 100;

    /// <summary>Records the name as typed, capped, in the details (the password is never part of the event).</summary>
    /// <summary>Under no user's name: anyone can type "admin", and a failed attempt must not read as the administrator's doing.</summary>
    private Task RecordFailedSignInAsync(string eventName, string typedName)
    {
        var typed = typedName.Length > MaxTypedNameInAudit ? typedName[..MaxTypedNameInAudit] : typedName;
        return audit.RecordAsync(
            new AuditEvent(AuditCategories.SignIn, eventName, Details: "Tên đăng nhập đã gõ: " + typed) { UserName = string.Empty },
            CancellationToken.None);
    }

    private async Task<ViewResult> RefusedAsync(LoginViewModel model, string typedName, IHumanVerification check, CancellationToken cancellationToken)
    {
        await RecordFailedSignInAsync("Failed", typedName);
        // Counted whether or not the name has an account, so when the captcha appears tells nothing about accounts.
        await check.RecordSignInAsync(HttpContext, typedName, succeeded: false, cancellationToken);
        if (await check.IsRequiredAsync(HumanCheckPurpose.SignIn, HttpContext, typedName, cancellationToken))
        {
            model.HumanCheck = check.ViewComponent;
        }

        ModelState.AddModelError(string.Empty, SignInRefused);
        return Invalidated(model);
    }

    private ViewResult Invalidated(object model)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Description);
        }
    }
}
