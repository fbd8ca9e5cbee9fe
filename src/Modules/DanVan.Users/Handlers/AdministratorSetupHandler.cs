using System.Net.Mail;
using DanVan.Orchard.Email;
using DanVan.Orchard.Tenancy;
using DanVan.Users.Data;
using DanVan.Users.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Users.Handlers;

/// <summary>Creates the tenant's first administrator, with Identity's password hash, in the Administrator role.</summary>
public sealed class AdministratorSetupHandler : ITenantSetupHandler
{
    public const int MinimumPasswordLength = 10;
    public const string AdministratorRole = "Administrator";
    private const string PasswordHashKey = "Users.AdminPasswordHash";

    public IEnumerable<string> Validate(TenantSetupRequest request)
    {
        if (request.ImportsUsers && string.IsNullOrEmpty(request.AdminPassword))
        {
            yield break; // the users come with the import; SetupAsync checks an administrator is among them
        }

        if (string.IsNullOrWhiteSpace(request.AdminUserName) || request.AdminUserName.Length > 100)
        {
            yield return "Tên đăng nhập của quản trị viên là bắt buộc (tối đa 100 ký tự).";
        }

        if (!MailAddress.TryCreate(request.AdminEmail, out _) && !(request.ImportsUsers && request.AdminEmail.Length == 0))
        {
            yield return $"'{request.AdminEmail}' không phải là địa chỉ e-mail hợp lệ.";
        }

        // No password means an invitation: the administrator chooses one through a one-time link.
        var password = request.AdminPassword;
        if (!string.IsNullOrEmpty(password) && (password.Length < MinimumPasswordLength || !password.Any(char.IsDigit) || !password.Any(char.IsLower)))
        {
            yield return $"Mật khẩu phải có ít nhất {MinimumPasswordLength} ký tự, gồm chữ thường và chữ số.";
        }
    }

    /// <summary>Hashing is deliberately slow (PBKDF2); it runs while the migrations and recipes do.</summary>
    public Task PrepareAsync(TenantSetupContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(context.Request.AdminPassword))
        {
            return Task.CompletedTask;
        }

        var hasher = context.Services.GetRequiredService<IPasswordHasher<IdentityUser>>();
        context.Properties[PasswordHashKey] = hasher.HashPassword(new IdentityUser(context.Request.AdminUserName), context.Request.AdminPassword);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Creates the administrator; without a password, queues the invitation in the same database transaction, so the
    /// account and its invitation exist together or not at all.
    /// </summary>
    public async Task SetupAsync(TenantSetupContext context, CancellationToken cancellationToken)
    {
        var users = context.Services.GetRequiredService<UserManager<IdentityUser>>();
        var roles = context.Services.GetRequiredService<RoleManager<IdentityRole>>();
        var db = context.Services.GetRequiredService<UsersDbContext>();
        if (context.Request.ImportsUsers && await ImportedAdministratorAsync(context, users) is { } imported)
        {
            await GiveImportedPasswordAsync(context, users, imported);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        if (!await roles.RoleExistsAsync(AdministratorRole))
        {
            Check(await roles.CreateAsync(new IdentityRole(AdministratorRole)));
        }

        var admin = new IdentityUser(context.Request.AdminUserName)
        {
            Id = context.AdminUserId,
            Email = context.Request.AdminEmail,
            EmailConfirmed = true,
            PasswordHash = context.Properties.TryGetValue(PasswordHashKey, out var hash) ? (string)hash : null,
        };
        if (!string.IsNullOrEmpty(context.Request.AdminPassword))
        {
            foreach (var validator in users.PasswordValidators)
            {
                Check(await validator.ValidateAsync(users, admin, context.Request.AdminPassword));
            }
        }

        Check(await users.CreateAsync(admin));
        Check(await users.AddToRoleAsync(admin, AdministratorRole));
        if (string.IsNullOrEmpty(context.Request.AdminPassword))
        {
            await InviteAsync(context, admin, db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// An import brings its users: the administrator named in the request when the export has one (and either a password
    /// is given or it is an administrator there), else (no password given) any administrator of the export; none at all
    /// is refused, or nobody could manage the site. Null: create the named administrator as a setup does.
    /// </summary>
    private static async Task<IdentityUser?> ImportedAdministratorAsync(TenantSetupContext context, UserManager<IdentityUser> users)
    {
        var withPassword = !string.IsNullOrEmpty(context.Request.AdminPassword);

        // Named with a password: that account becomes the administrator. Named without one, it must already be one:
        // an imported Author called "admin" is not an administrator just for its name.
        if (await users.FindByNameAsync(context.Request.AdminUserName) is { } named &&
            (withPassword || await users.IsInRoleAsync(named, AdministratorRole)))
        {
            return named;
        }

        if (withPassword)
        {
            return null;
        }

        return (await users.GetUsersInRoleAsync(AdministratorRole)).FirstOrDefault()
            ?? throw new TenantSetupException("Bản xuất không có quản trị viên nào (người dùng có vai trò Administrator); hãy cho tên, e-mail và mật khẩu của một quản trị viên.");
    }

    /// <summary>The imported administrator keeps the account (id, e-mail, content); a password given at import replaces any other.</summary>
    private static async Task GiveImportedPasswordAsync(TenantSetupContext context, UserManager<IdentityUser> users, IdentityUser admin)
    {
        if (string.IsNullOrEmpty(context.Request.AdminPassword))
        {
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            Check(await validator.ValidateAsync(users, admin, context.Request.AdminPassword));
        }

        admin.PasswordHash = (string)context.Properties[PasswordHashKey];
        admin.LockoutEnd = null;
        if (context.Request.AdminEmail.Length > 0)
        {
            admin.Email = context.Request.AdminEmail;
        }

        Check(await users.UpdateAsync(admin));
        if (!await users.IsInRoleAsync(admin, AdministratorRole))
        {
            Check(await users.AddToRoleAsync(admin, AdministratorRole));
        }
    }

    private static async Task InviteAsync(TenantSetupContext context, IdentityUser admin, UsersDbContext db, CancellationToken cancellationToken)
    {
        var link = await context.Services.GetRequiredService<InvitationService>().CreateLinkAsync(admin.Email!, cancellationToken)
            ?? throw new TenantSetupException("The administrator just created was not found for the invitation.");
        var address = context.Services.GetRequiredService<IPublicAddress>();
        var tenant = context.Services.GetRequiredService<TenantContext>().Settings;

        // The tenant's configured address (or the portal address the admin or the CLI gave), never a request's Host.
        var url = address.BaseUrl(tenant, context.Request.PortalOrigin ?? address.PortalOrigin(null)) + link;
        await context.Services.GetRequiredService<IEmailSender>().SendAsync(
            EmailMessage.FromTemplate(EmailTemplates.Invitation, admin.Email!, new Dictionary<string, string>
            {
                [EmailTemplates.Values.Link] = url,
                [EmailTemplates.Values.UserName] = admin.UserName!,
            }),
            db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new TenantSetupException("The invitation must be queued in the setup's transaction."),
            cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new TenantSetupException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
