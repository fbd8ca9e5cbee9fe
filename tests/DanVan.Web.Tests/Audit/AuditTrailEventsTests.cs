using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Audit;

/// <summary>What the audit trail records besides content: settings, menu, users, media, features, sign-ins, tenants.</summary>
public sealed partial class AuditTrailEventsTests(AuditTrailSite site) : IClassFixture<AuditTrailSite>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    [Fact]
    public async Task A_settings_change_names_the_fields_not_their_values_and_the_category_filter_keeps_to_its_category()
    {
        var admin = await site.AdminAsync("/tra-linh");
        var settings = await admin.PostFormAsync("/admin/settings", "/admin/settings", new()
        {
            ["SiteName"] = "Ban Dân vận Huyện ủy Trà Lĩnh", ["ContactPhone"] = "0206 3 999 888",
            ["TimeZone"] = "Asia/Ho_Chi_Minh", ["Culture"] = "vi-VN",
        });
        var menu = await admin.PostFormAsync("/admin/menu", "/admin/menu", new() { ["Rows[0].Text"] = "Trang chủ", ["Rows[0].Url"] = "~/" });
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, menu.StatusCode);

        var settingsRows = await AuditTrailSite.RowsAsync(admin, "?category=Settings");
        var row = Assert.Single(settingsRows);
        Assert.Contains("Sửa cài đặt", row);
        Assert.Contains("Điện thoại", row);
        Assert.Contains("E-mail liên hệ", row);
        Assert.Contains(AuditTrailSite.ClientAddress, row);
        Assert.StartsWith(DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), row);
        Assert.DoesNotContain("999 888", row);

        var menuRows = await AuditTrailSite.RowsAsync(admin, "?category=Menu");
        Assert.Contains("Sửa menu", Assert.Single(menuRows));
        Assert.Contains(await AuditTrailSite.RowsAsync(admin), r => r.Contains("Sửa menu") );
        Assert.Contains("<option value=\"Menu\" selected=\"selected\">", await admin.GetStringAsync("/admin/audit?category=Menu"));
    }

    [Fact]
    public async Task Users_created_given_roles_disabled_enabled_and_reset_are_recorded_without_passwords()
    {
        var admin = await site.AdminAsync("/tra-linh");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "nhat-ky-1", ["Email"] = "nhatky1@example.vn", ["Password"] = "mat-khau-nhat-ky-1",
            ["ConfirmPassword"] = "mat-khau-nhat-ky-1", ["Roles"] = "Author",
        })).StatusCode);
        var id = await UserIdAsync("TraLinh", "nhat-ky-1");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/edit", new()
        {
            ["Email"] = "nhatky1@example.vn", ["Roles"] = "Editor",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/disable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/enable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/reset-password", new()
        {
            ["ResetPassword.NewPassword"] = "mat-khau-moi-nhat-ky-2", ["ResetPassword.ConfirmPassword"] = "mat-khau-moi-nhat-ky-2",
        })).StatusCode);
        var visitor = site.Client("/tra-linh");
        await visitor.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "nhatky1@example.vn" });

        var rows = await AuditTrailSite.RowsAsync(admin, "?category=Users");
        Assert.Contains(rows, r => r.Contains("Thêm người dùng") && r.Contains("nhat-ky-1") && r.Contains("Tác giả"));
        Assert.Contains(rows, r => r.Contains("Đổi vai trò") && r.Contains("Tác giả → Biên tập viên"));
        Assert.Contains(rows, r => r.Contains("Tạm khóa tài khoản") && r.Contains("nhat-ky-1"));
        Assert.Contains(rows, r => r.Contains("Mở lại tài khoản") && r.Contains("nhat-ky-1"));
        Assert.Contains(rows, r => r.Contains("Đặt lại mật khẩu") && r.Contains("nhat-ky-1"));
        Assert.Contains(rows, r => r.Contains("Yêu cầu đặt lại mật khẩu") && r.Contains("nhatky1@example.vn"));
        Assert.DoesNotContain(rows, r => r.Contains("mat-khau", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_ins_record_success_and_failure_with_the_typed_name_capped_the_client_address_and_never_the_password()
    {
        var admin = await site.AdminAsync("/tra-linh");
        var stranger = site.Client("/tra-linh");
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.LoginAsync("khong-co-ai", "mat-khau-doan-mo-1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.LoginAsync("admin", "mat-khau-sai-hoan-toan-2")).StatusCode);
        var longName = "x" + new string('y', 400);
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.LoginAsync(longName, "mat-khau-dai-3")).StatusCode);

        var rows = await AuditTrailSite.RowsAsync(admin, "?category=SignIn");
        Assert.Contains(rows, r => r.Contains("Đăng nhập không thành công") && r.Contains("khong-co-ai") && r.Contains(AuditTrailSite.ClientAddress));
        Assert.Contains(rows, r => r.Contains("Đăng nhập không thành công") && r.Contains(" admin "));
        Assert.Contains(rows, r => r.Contains("Đăng nhập ") && !r.Contains("không thành công") && r.Contains(" admin ") && r.Contains(AuditTrailSite.ClientAddress));
        var capped = Assert.Single(rows, r => r.Contains("xyyy"));
        Assert.Contains("x" + new string('y', 99), capped);
        Assert.DoesNotContain(new string('y', 100), capped);
        Assert.DoesNotContain(rows, r => r.Contains("mat-khau", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Media_uploads_caption_changes_renames_and_deletions_are_recorded()
    {
        var admin = await site.AdminAsync("/tra-linh");
        var page = await admin.GetStringAsync("/admin/media");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("nhat-ky"), "folder" },
            { new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")), "files", "anh-goc.png" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tra-linh/admin/media/upload") { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var upload = await admin.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var path = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved")[0].GetString()!;
        var itemPage = "/admin/media/item?path=" + Uri.EscapeDataString(path);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemPage, "/admin/media/item", new() { ["path"] = path, ["alt"] = "Hội nghị", ["caption"] = "Quang cảnh hội nghị" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemPage, "/admin/media/move", new() { ["path"] = path, ["newPath"] = "nhat-ky/anh-moi.png" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/media/item?path=nhat-ky%2Fanh-moi.png", "/admin/media/delete", new() { ["path"] = "nhat-ky/anh-moi.png" })).StatusCode);

        var rows = await AuditTrailSite.RowsAsync(admin, "?category=Media");
        Assert.Contains(rows, r => r.Contains("Tải lên") && r.Contains(path));
        Assert.Contains(rows, r => r.Contains("Sửa chú thích") && r.Contains("Mô tả ảnh, Chú thích"));
        Assert.Contains(rows, r => r.Contains("Đổi tên tệp") && r.Contains($"{path} → nhat-ky/anh-moi.png"));
        Assert.Contains(rows, r => r.Contains("Xóa tệp") && r.Contains("nhat-ky/anh-moi.png"));
    }

    [Fact]
    public async Task Features_turned_off_and_on_are_recorded_and_a_tenant_never_sees_another_tenants_events()
    {
        var admin = await site.AdminAsync("/tra-linh");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/features", "/admin/features/DanVan.MeetingReports/disable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/features", "/admin/features/DanVan.MeetingReports/enable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Client("/hoa-an").LoginAsync("chi-o-hoa-an", "mat-khau-bat-ky-1")).StatusCode);

        var rows = await AuditTrailSite.RowsAsync(admin, "?category=Features");
        Assert.Contains(rows, r => r.Contains("Tắt tính năng") && r.Contains("Báo cáo hội nghị"));
        Assert.Contains(rows, r => r.Contains("Bật tính năng") && r.Contains("Báo cáo hội nghị"));

        var hoaAn = await site.AdminAsync("/hoa-an");
        Assert.Contains(await AuditTrailSite.RowsAsync(hoaAn), r => r.Contains("chi-o-hoa-an"));
        Assert.DoesNotContain(await AuditTrailSite.RowsAsync(hoaAn, "?category=Features"), r => r.Contains("Báo cáo hội nghị"));
        Assert.DoesNotContain(await AuditTrailSite.RowsAsync(admin), r => r.Contains("chi-o-hoa-an"));
        var portal = await site.AdminAsync(string.Empty);
        Assert.DoesNotContain(await AuditTrailSite.RowsAsync(portal), r => r.Contains("chi-o-hoa-an") || r.Contains("Báo cáo hội nghị"));
    }

    [Fact]
    public async Task The_province_records_what_it_does_to_districts_in_its_own_trail()
    {
        var portal = await site.AdminAsync(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants", "/admin/tenants/TraLinh/disable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants", "/admin/tenants/TraLinh/enable", [])).StatusCode);

        var rows = await AuditTrailSite.RowsAsync(portal, "?category=Tenants");
        Assert.Contains(rows, r => r.Contains("Tạm dừng trang huyện") && r.Contains("Trà Lĩnh"));
        Assert.Contains(rows, r => r.Contains("Mở lại trang huyện") && r.Contains("Trà Lĩnh"));
        var district = await site.AdminAsync("/tra-linh");
        Assert.Empty(await AuditTrailSite.RowsAsync(district, "?category=Tenants"));
    }

    private async Task<string> UserIdAsync(string tenant, string userName)
    {
        var id = string.Empty;
        await site.InTenantAsync(tenant, async services =>
            id = (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>(services)
                .FindByNameAsync(userName))!.Id);
        return id;
    }
}
