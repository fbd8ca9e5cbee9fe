using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>The users admin forms answer with every error of the form at once, each next to its field.</summary>
[Collection(AdminSiteCollection.Name)]
public sealed class UserFormErrorsTests(ProvisionedSiteFixture site)
{
    private async Task<TenantClient> AdminAsync()
    {
        var admin = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return admin;
    }

    /// <summary>The text of the field's error span (empty when the field has no error).</summary>
    private static string ErrorFor(string page, string field) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"<span[^>]*data-error-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)</span>").Groups[1].Value);

    private async Task<bool> UserExistsAsync(string email)
    {
        var exists = true;
        await site.InTenantAsync("HoaAn", async services =>
            exists = await services.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email) is not null);
        return exists;
    }

    [Fact]
    public async Task Creating_shows_the_name_e_mail_password_and_role_errors_together()
    {
        var admin = await AdminAsync();

        // Each field passes its own annotations; Identity would report only the password (it checks that first).
        var response = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "Tên có dấu", ["Email"] = "admin@example.vn", ["Password"] = "khongcochuso",
            ["ConfirmPassword"] = "khongcochuso", ["Roles"] = "Chủ tịch",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("chỉ gồm chữ không dấu", ErrorFor(page, "UserName"));
        Assert.Contains("đã được dùng cho tài khoản khác", ErrorFor(page, "Email"));
        Assert.Equal("Mật khẩu phải có ít nhất một chữ số.", ErrorFor(page, "Password"));
        Assert.Equal("Không thể gán vai trò “Chủ tịch”.", ErrorFor(page, "Roles"));
    }

    [Fact]
    public async Task Missing_values_and_rule_errors_are_shown_together_with_one_message_a_field_and_nothing_is_created()
    {
        var admin = await AdminAsync();

        var response = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "admin", ["Email"] = "tat-ca-loi@example.vn", ["Password"] = "ngan", ["ConfirmPassword"] = "khac",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Tên đăng nhập 'admin' đã có người dùng.", ErrorFor(page, "UserName"));
        // The annotation says it; Identity's "too short" is not repeated next to it.
        Assert.Equal("Mật khẩu phải có ít nhất 10 ký tự.", ErrorFor(page, "Password"));
        Assert.Equal("Mật khẩu nhập lại không khớp.", ErrorFor(page, "ConfirmPassword"));
        Assert.Equal(string.Empty, ErrorFor(page, "Email"));
        Assert.False(await UserExistsAsync("tat-ca-loi@example.vn"));
    }

    [Fact]
    public async Task Editing_shows_a_taken_e_mail_and_a_role_that_cannot_be_given_together_and_saves_nothing()
    {
        var id = await site.CreateUserAsync("HoaAn", "sua-nhieu-loi", "Author");
        var admin = await AdminAsync();

        var response = await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/edit",
            [new("Email", "admin@example.vn"), new("Roles", "Editor"), new("Roles", "Không có")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("đã được dùng cho tài khoản khác", ErrorFor(page, "Email"));
        Assert.Equal("Không thể gán vai trò “Không có”.", ErrorFor(page, "Roles"));
        await site.InTenantAsync("HoaAn", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByIdAsync(id);
            Assert.Equal("sua-nhieu-loi@example.vn", user!.Email);
            Assert.Equal(["Author"], await users.GetRolesAsync(user));
        });
    }
}
