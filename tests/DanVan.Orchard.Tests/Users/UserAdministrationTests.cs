using System.Security.Claims;
using DanVan.Orchard.Security;
using DanVan.Users.Data;
using DanVan.Users.Security;
using DanVan.Users.Services;
using DanVan.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Tests.Users;

/// <summary>The rules of UserAdministration over Identity on SQLite in memory: who may change whom, which roles,
/// and forms checked whole before anything is written.</summary>
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private const string Password = "mat-khau-2026";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;

    private UserManager<IdentityUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

    private UserAdministration Administration => _scope.ServiceProvider.GetRequiredService<UserAdministration>();

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider, Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider>();
        services.AddDbContext<UsersDbContext>(options => options.UseSqlite(_connection));
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();
        services.AddScoped<UserAdministration>();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        await _scope.ServiceProvider.GetRequiredService<UsersDbContext>().Database.EnsureCreatedAsync();
        var roles = _scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { StandardRoles.Administrator, StandardRoles.Editor, StandardRoles.Author, StandardRoles.Authenticated, StandardRoles.Anonymous })
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task<(IdentityUser User, ClaimsPrincipal Principal)> UserAsync(string name, params string[] roles)
    {
        var user = new IdentityUser(name) { Email = $"{name}@example.vn" };
        Assert.True((await Users.CreateAsync(user, Password)).Succeeded);
        if (roles.Length > 0)
        {
            Assert.True((await Users.AddToRolesAsync(user, roles)).Succeeded);
        }

        return (user, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "Test")));
    }

    private static UserCreateViewModel NewUser(string name, params string[] roles) => new()
    {
        UserName = name, Email = $"{name}@example.vn", Password = Password, ConfirmPassword = Password, Roles = [.. roles],
    };

    [Fact]
    public async Task Only_administrators_see_the_Administrator_role_and_nobody_the_implicit_ones()
    {
        var (_, admin) = await UserAsync("quantri", StandardRoles.Administrator);
        var (_, manager) = await UserAsync("quanly", StandardRoles.Editor);

        Assert.Equal([StandardRoles.Administrator, StandardRoles.Editor, StandardRoles.Author], await Administration.AssignableRolesAsync(admin, None));
        Assert.Equal([StandardRoles.Editor, StandardRoles.Author], await Administration.AssignableRolesAsync(manager, None));
    }

    [Fact]
    public async Task A_manager_who_is_not_an_administrator_changes_nothing_of_an_administrators_account()
    {
        var (target, _) = await UserAsync("quantri", StandardRoles.Administrator);
        var (_, manager) = await UserAsync("quanly", StandardRoles.Editor);
        var form = new UserEditViewModel { Email = "moi@example.vn", Roles = [StandardRoles.Administrator] };

        Assert.Equal(UserAdminStatus.AdministratorOnly, (await Administration.EditAsync(manager, target, form, None)).Status);
        Assert.Equal(UserAdminStatus.AdministratorOnly, (await Administration.DisableAsync(manager, target)).Status);
        Assert.Equal(UserAdminStatus.AdministratorOnly, (await Administration.ResetPasswordAsync(manager, target,
            new ResetUserPasswordViewModel { NewPassword = "chiem-tai-khoan-1", ConfirmPassword = "chiem-tai-khoan-1" })).Status);
        Assert.Equal("quantri@example.vn", (await Users.FindByIdAsync(target.Id))!.Email);
        Assert.True(await Users.CheckPasswordAsync(target, Password));
    }

    [Fact]
    public async Task A_manager_cannot_give_the_Administrator_role()
    {
        var (_, manager) = await UserAsync("quanly", StandardRoles.Editor);

        var result = await Administration.CreateAsync(manager, NewUser("leo-quyen", StandardRoles.Administrator), None);

        Assert.Equal(UserAdminStatus.Invalid, result.Status);
        Assert.Contains(new FormError("Roles", "Không thể gán vai trò “Administrator”."), result.Errors);
        Assert.Null(await Users.FindByNameAsync("leo-quyen"));
    }

    [Fact]
    public async Task An_administrator_keeps_their_own_Administrator_role_and_cannot_disable_themselves()
    {
        var (self, admin) = await UserAsync("quantri", StandardRoles.Administrator);

        var demoted = await Administration.EditAsync(admin, self, new UserEditViewModel { Email = self.Email!, Roles = [StandardRoles.Editor] }, None);
        var disabled = await Administration.DisableAsync(admin, self);

        Assert.Contains(new FormError(FormError.WholeForm, "Bạn không thể bỏ vai trò Quản trị của chính mình."), demoted.Errors);
        Assert.Equal("Bạn không thể vô hiệu hóa tài khoản của chính mình.", disabled.Message);
        Assert.Equal([StandardRoles.Administrator], await Users.GetRolesAsync(self));
        Assert.Null(self.LockoutEnd);
    }

    [Fact]
    public async Task A_create_form_reports_every_error_at_once_and_creates_nothing()
    {
        var (_, admin) = await UserAsync("quantri", StandardRoles.Administrator);
        var form = new UserCreateViewModel
        {
            UserName = "có dấu", Email = "quantri@example.vn", Password = "khongcochuso", ConfirmPassword = "khac-han", Roles = ["Authenticated"],
        };

        var errors = await Administration.ValidateCreateAsync(admin, form, None);
        var result = await Administration.CreateAsync(admin, form, None);

        Assert.Equal(["ConfirmPassword", "Email", "Password", "Roles", "UserName"], errors.Select(e => e.Field).Order());
        Assert.Equal(UserAdminStatus.Invalid, result.Status);
        Assert.Equal(errors, result.Errors);
        Assert.Equal(1, await Users.Users.CountAsync());
    }

    [Fact]
    public async Task A_field_that_fails_its_annotations_is_not_reported_again_by_Identity()
    {
        var (_, admin) = await UserAsync("quantri", StandardRoles.Administrator);

        var errors = await Administration.ValidateCreateAsync(admin, new UserCreateViewModel { Password = "ngan", ConfirmPassword = "ngan" }, None);

        Assert.Equal(["Email", "Password", "UserName"], errors.Select(e => e.Field).Order());
        Assert.Equal("Mật khẩu phải có ít nhất 10 ký tự.", Assert.Single(errors, e => e.Field == "Password").Message);
    }

    [Fact]
    public async Task A_valid_form_creates_the_user_with_the_roles_spelled_as_the_tenant_spells_them()
    {
        var (_, admin) = await UserAsync("quantri", StandardRoles.Administrator);

        var result = await Administration.CreateAsync(admin, NewUser("  bientap  ", "editor", "EDITOR"), None);

        Assert.True(result.Succeeded, result.Message);
        var created = await Users.FindByNameAsync("bientap");
        Assert.NotNull(created);
        Assert.Equal([StandardRoles.Editor], await Users.GetRolesAsync(created));
    }

    [Fact]
    public async Task Editing_changes_only_the_roles_the_actor_may_give()
    {
        var (target, _) = await UserAsync("tacgia", StandardRoles.Author, StandardRoles.Authenticated);
        var (_, manager) = await UserAsync("quanly", StandardRoles.Editor);

        var result = await Administration.EditAsync(manager, target, new UserEditViewModel { Email = target.Email!, Roles = [StandardRoles.Editor] }, None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal([StandardRoles.Authenticated, StandardRoles.Editor], (await Users.GetRolesAsync(target)).Order());
    }

    [Fact]
    public async Task Disabling_locks_the_account_for_good_and_ends_its_sessions_and_enabling_undoes_it()
    {
        var (target, _) = await UserAsync("tacgia", StandardRoles.Author);
        var (_, admin) = await UserAsync("quantri", StandardRoles.Administrator);
        var stamp = target.SecurityStamp;

        Assert.True((await Administration.DisableAsync(admin, target)).Succeeded);
        Assert.Equal(DateTimeOffset.MaxValue, target.LockoutEnd);
        Assert.NotEqual(stamp, target.SecurityStamp);

        Assert.True((await Administration.EnableAsync(admin, target)).Succeeded);
        Assert.Null(target.LockoutEnd);
    }

    [Fact]
    public async Task A_reset_password_is_checked_whole_and_the_old_password_stays_when_refused()
    {
        var (target, _) = await UserAsync("tacgia", StandardRoles.Author);
        var (_, admin) = await UserAsync("quantri", StandardRoles.Administrator);

        var refused = await Administration.ResetPasswordAsync(admin, target, new ResetUserPasswordViewModel { NewPassword = "khongcochuso", ConfirmPassword = "khongcochuso" });
        var done = await Administration.ResetPasswordAsync(admin, target, new ResetUserPasswordViewModel { NewPassword = "mat-khau-moi-9", ConfirmPassword = "mat-khau-moi-9" });

        Assert.Equal("Chưa đặt lại mật khẩu: Mật khẩu phải có ít nhất một chữ số.", refused.Message);
        Assert.True(done.Succeeded);
        Assert.True(await Users.CheckPasswordAsync(target, "mat-khau-moi-9"));
    }
}
