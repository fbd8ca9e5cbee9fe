using System.Net;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

public sealed class UsersAndFeaturesAdminTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    private async Task<TenantClient> AdminAsync()
    {
        var admin = site.Client("/tra-linh");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", Password)).StatusCode);
        return admin;
    }

    private async Task<string> UserIdAsync(string userName)
    {
        var id = string.Empty;
        await site.InTenantAsync("TraLinh", async services =>
            id = (await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(userName))!.Id);
        return id;
    }

    [Fact]
    public async Task An_administrator_creates_disables_enables_and_resets_a_user()
    {
        var admin = await AdminAsync();

        var created = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "bien-tap-vien", ["Email"] = "bientap@example.vn", ["Password"] = "mat-khau-bien-tap-1",
            ["ConfirmPassword"] = "mat-khau-bien-tap-1", ["Roles"] = "Editor",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("bien-tap-vien", await admin.GetStringAsync("/admin/users"));

        var user = site.Client("/tra-linh");
        Assert.Equal(HttpStatusCode.Redirect, (await user.LoginAsync("bien-tap-vien", "mat-khau-bien-tap-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/admin/contents")).StatusCode);

        var id = await UserIdAsync("bien-tap-vien");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/disable", [])).StatusCode);
        var refused = await site.Client("/tra-linh").LoginAsync("bien-tap-vien", "mat-khau-bien-tap-1");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("tài khoản đang bị khóa", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/enable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Client("/tra-linh").LoginAsync("bien-tap-vien", "mat-khau-bien-tap-1")).StatusCode);

        var reset = await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/reset-password", new()
        {
            ["ResetPassword.NewPassword"] = "mat-khau-dat-lai-2", ["ResetPassword.ConfirmPassword"] = "mat-khau-dat-lai-2",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Client("/tra-linh").LoginAsync("bien-tap-vien", "mat-khau-bien-tap-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Client("/tra-linh").LoginAsync("bien-tap-vien", "mat-khau-dat-lai-2")).StatusCode);
    }

    [Fact]
    public async Task A_user_with_a_weak_password_or_a_taken_name_is_not_created()
    {
        var admin = await AdminAsync();

        var weak = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "yeu", ["Email"] = "yeu@example.vn", ["Password"] = "ngan", ["ConfirmPassword"] = "ngan",
        });
        var taken = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "admin", ["Email"] = "khac@example.vn", ["Password"] = "mat-khau-dai-du-1", ["ConfirmPassword"] = "mat-khau-dai-du-1",
        });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("ít nhất 10 ký tự", await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("đã có người dùng", await taken.Content.ReadAsStringAsync());
        await site.InTenantAsync("TraLinh", async services =>
            Assert.Null(await services.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("yeu")));
    }

    [Fact]
    public async Task Turning_a_feature_off_on_the_features_page_takes_its_pages_off_the_site()
    {
        var admin = await AdminAsync();
        var reader = site.Client("/tra-linh");
        var meeting = "/" + ProvisionedSiteFixture.SampleMeetingPath;
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(meeting)).StatusCode);

        var off = await admin.PostFormAsync("/admin/features", "/admin/features/DanVan.MeetingReports/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(meeting)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Client("/hoa-an").GetAsync(meeting)).StatusCode);

        var locked = await admin.PostFormAsync("/admin/features", "/admin/features/DanVan.Users/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("Không thể tắt", await admin.GetStringAsync("/admin/features"));

        await admin.PostFormAsync("/admin/features", "/admin/features/DanVan.MeetingReports/enable", []);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(meeting)).StatusCode);
        Assert.Equal(TenantState.Running, site.Get<TenantRegistry>().Table.Find("TraLinh")!.State);
    }
}
