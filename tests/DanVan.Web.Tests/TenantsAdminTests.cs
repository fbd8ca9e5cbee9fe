using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;

namespace DanVan.Web.Tests;

/// <summary>Provincial admins provision and run district tenants from the portal's admin and its API.</summary>
public sealed class TenantsAdminTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    private async Task<TenantClient> PortalAdminAsync()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", Password)).StatusCode);
        return admin;
    }

    private static Dictionary<string, string> NewTenant(string name, string prefix, string? password = Password) => new()
    {
        ["Name"] = name,
        ["DisplayName"] = $"Ban Dân vận Huyện ủy {name}",
        ["Prefix"] = prefix,
        ["Host"] = string.Empty,
        ["RecipeName"] = "district-board",
        ["AdminEmail"] = $"admin@{prefix}.example.vn",
        ["AdminPassword"] = password ?? string.Empty,
        ["Variables[contactPhone]"] = "0206 3 852 000",
    };

    private async Task<int> TenantCountAsync() => (await site.Get<TenantManager>().ListAsync(CancellationToken.None)).Count;

    [Fact]
    public async Task A_provincial_admin_creates_a_district_whose_admin_then_signs_in_there()
    {
        var admin = await PortalAdminAsync();

        var created = await admin.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", NewTenant("ThachAn", "thach-an"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(TenantState.Running, (await site.Get<TenantManager>().FindAsync("ThachAn", CancellationToken.None))!.State);
        var home = await site.Client("/thach-an").GetStringAsync("/");
        Assert.Contains("Ban Dân vận Huyện ủy ThachAn", home);
        Assert.Contains("0206 3 852 000", home);
        var list = await admin.GetStringAsync("/admin/tenants");
        Assert.Contains("thach-an", list);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Client("/thach-an").LoginAsync("admin", Password)).StatusCode);
    }

    [Theory]
    [InlineData("HoaAnHai", "hoa-an", "đã được trang khác dùng")]
    [InlineData("Quantri", "admin", "dành riêng của hệ thống")]
    [InlineData("CoDau", "hòa an", "chữ thường không dấu")]
    [InlineData("HoaAn", "hoa-an-moi", "Đã có trang tên")]
    [InlineData("1Sai", "mot-sai", "phải bắt đầu bằng chữ cái")]
    public async Task Bad_tenant_input_is_refused_on_the_form_and_creates_nothing(string name, string prefix, string message)
    {
        var admin = await PortalAdminAsync();
        var before = await TenantCountAsync();

        var response = await admin.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", NewTenant(name, prefix));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await TenantCountAsync());
        Assert.DoesNotContain(await site.Get<TenantManager>().ListAsync(CancellationToken.None), t => t.State == TenantState.Initializing);
    }

    [Fact]
    public async Task Without_a_password_the_district_admin_gets_an_invitation_that_sets_one()
    {
        var admin = await PortalAdminAsync();

        var created = await admin.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", NewTenant("HaLang", "ha-lang", password: null));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var notice = await admin.GetStringAsync("/admin/tenants");
        var link = System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(notice), @"/ha-lang/account/reset-password\?[^\s<""]+").Value;
        Assert.NotEmpty(link);

        var district = site.Client("/ha-lang");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        var reset = await district.PostFormAsync(link["/ha-lang".Length..], "/account/reset-password", new()
        {
            ["UserId"] = query["userId"]!, ["Code"] = query["code"]!, ["Password"] = "mat-khau-ha-lang-1", ["ConfirmPassword"] = "mat-khau-ha-lang-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await district.LoginAsync("admin", "mat-khau-ha-lang-1")).StatusCode);
    }

    [Fact]
    public async Task A_district_is_disabled_then_removed_with_a_typed_confirmation_leaving_no_file()
    {
        var admin = await PortalAdminAsync();
        await admin.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", NewTenant("XoaThu", "xoa-thu"));
        var folder = Path.Combine(site.AppData, "Sites", "XoaThu");
        Assert.True(Directory.Exists(folder));

        var whileRunning = await admin.PostFormAsync("/admin/tenants/XoaThu/remove", "/admin/tenants/XoaThu/remove", new() { ["Confirmation"] = "XoaThu" });
        Assert.Equal(HttpStatusCode.BadRequest, whileRunning.StatusCode);
        Assert.Contains("Hãy tạm dừng trang trước khi xóa", await whileRunning.Content.ReadAsStringAsync());

        await admin.PostFormAsync("/admin/tenants", "/admin/tenants/XoaThu/disable", []);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await site.Client("/xoa-thu").GetAsync("/")).StatusCode);

        var mistyped = await admin.PostFormAsync("/admin/tenants/XoaThu/remove", "/admin/tenants/XoaThu/remove", new() { ["Confirmation"] = "xoathu" });
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.True(Directory.Exists(folder));

        var removed = await admin.PostFormAsync("/admin/tenants/XoaThu/remove", "/admin/tenants/XoaThu/remove", new() { ["Confirmation"] = "XoaThu" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(Directory.Exists(folder));
        Assert.Null(await site.Get<TenantManager>().FindAsync("XoaThu", CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client("/xoa-thu").GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Editing_a_prefix_to_one_already_taken_is_refused()
    {
        var admin = await PortalAdminAsync();

        var response = await admin.PostFormAsync("/admin/tenants/TraLinh/edit", "/admin/tenants/TraLinh/edit", new()
        {
            ["DisplayName"] = "Ban Dân vận Huyện ủy Trà Lĩnh", ["Prefix"] = "hoa-an", ["Host"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đã được trang khác dùng", await response.Content.ReadAsStringAsync());
        Assert.Equal("tra-linh", (await site.Get<TenantManager>().FindAsync("TraLinh", CancellationToken.None))!.RequestUrlPrefix);
    }

    [Fact]
    public async Task District_admins_cannot_reach_or_enable_tenant_management()
    {
        var district = site.Client("/hoa-an");
        await district.LoginAsync("admin", Password);

        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync("/admin/tenants")).StatusCode);
        Assert.DoesNotContain("Quản lý trang huyện", await district.GetStringAsync("/admin/features"));
        Assert.Equal(HttpStatusCode.NotFound, (await district.PostFormAsync("/admin/features", "/admin/features/DanVan.Tenants/enable", [])).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_charts_publishing_per_district()
    {
        var admin = await PortalAdminAsync();

        var html = await admin.GetStringAsync("/admin/tenants/dashboard");

        Assert.Contains("<svg", html);
        Assert.Contains("Ban Dân vận Huyện ủy Hòa An", html);
        Assert.Contains("Ban Dân vận Huyện ủy Trà Lĩnh", html);
    }

    [Fact]
    public async Task A_csv_is_checked_first_then_provisioned_and_a_second_run_skips_what_is_done()
    {
        var admin = await PortalAdminAsync();
        var csv = "\uFEFFname,display_name,prefix_or_host,admin_email,recipe\r\n" +
                  "QuangUyen,Ban Dân vận Huyện ủy Quảng Uyên,quang-uyen,admin@quang-uyen.example.vn,district-board\r\n" +
                  "\r\n" +
                  "PhucHoa,Ban Dân vận Huyện ủy Phục Hòa,phuchoa.danvan.example.vn,admin@phuc-hoa.example.vn,district-board\r\n";

        var report = await UploadAsync(admin, csv);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var reportHtml = await report.Content.ReadAsStringAsync();
        Assert.Contains("Quảng Uyên", reportHtml);
        Assert.Null(await site.Get<TenantManager>().FindAsync("QuangUyen", CancellationToken.None));

        var first = await RunImportAsync(admin, csv);
        Assert.Equal((2, 0, 0), (first.GetProperty("done").GetInt32(), first.GetProperty("skipped").GetInt32(), first.GetProperty("failed").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await site.Client("/quang-uyen").GetAsync("/")).StatusCode);
        var byHost = await site.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "phuchoa.danvan.example.vn" } });
        Assert.Contains("Phục Hòa", await byHost.Content.ReadAsStringAsync());

        var second = await RunImportAsync(admin, csv);
        Assert.Equal((0, 2, 0), (second.GetProperty("done").GetInt32(), second.GetProperty("skipped").GetInt32(), second.GetProperty("failed").GetInt32()));
    }

    [Theory]
    [InlineData("ten,hien_thi\nA,B\n", 1, "Thiếu cột")]
    [InlineData("name,display_name,prefix_or_host,admin_email,recipe\nBaoLam,=cmd|' /C calc'!A0,bao-lam,a@b.vn,district-board\n", 2, "dạng công thức")]
    [InlineData("name,display_name,prefix_or_host,admin_email,recipe\nBaoLam,Bảo Lâm,bảo lâm,a@b.vn,district-board\n", 2, "chữ thường không dấu")]
    [InlineData("name,display_name,prefix_or_host,admin_email,recipe\nBaoLam,Bảo Lâm,api,a@b.vn,district-board\n", 2, "dành riêng")]
    [InlineData("name,display_name,prefix_or_host,admin_email,recipe\nBaoLam,Bảo Lâm,bao-lam,khong-phai-email,district-board\n", 2, "không phải là e-mail")]
    [InlineData("name,display_name,prefix_or_host,admin_email,recipe\nBaoLam,Bảo Lâm,bao-lam,a@b.vn,khong-co\n", 2, "Không có recipe cài đặt")]
    [InlineData("name,display_name,prefix_or_host,admin_email,recipe\nBaoLam,Bảo Lâm,bao-lam,a@b.vn,district-board\nBaoLam,Bảo Lâm 2,bao-lam-2,a@b.vn,district-board\n", 3, "đã có ở dòng 2")]
    [InlineData("name,display_name,prefix_or_host,admin_email,recipe\nBaoLac,Bảo Lạc,hoa-an,a@b.vn,district-board\n", 2, "đang được trang 'HoaAn' dùng")]
    public async Task Bad_csv_rows_are_reported_with_their_line_and_nothing_is_created(string csv, int line, string message)
    {
        var before = await TenantCountAsync();

        var plan = await site.Get<TenantCsvReader>().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), CancellationToken.None);

        Assert.False(plan.IsValid);
        Assert.Contains(plan.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
        var admin = await PortalAdminAsync();
        var response = await UploadAsync(admin, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await TenantCountAsync());
    }

    [Fact]
    public async Task A_thousand_row_csv_is_read_and_checked_at_once()
    {
        var csv = new StringBuilder("name,display_name,prefix_or_host,admin_email,recipe\n");
        for (var i = 1; i <= 1000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Xa{i},Ban Dân vận xã {i},xa-{i},admin{i}@example.vn,district-board\n");
        }

        var plan = await site.Get<TenantCsvReader>().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), CancellationToken.None);

        Assert.True(plan.IsValid, string.Join("; ", plan.Errors.Take(3)));
        Assert.Equal(1000, plan.Rows.Count);
        Assert.Equal(1001, plan.Rows[^1].Line);
    }

    [Fact]
    public async Task The_cli_imports_a_csv_with_progress_and_exit_code()
    {
        var file = Path.Combine(site.Root, "districts.csv");
        await File.WriteAllTextAsync(file, "name,display_name,prefix_or_host,admin_email,recipe\nNguyenBinh,Ban Dân vận Huyện ủy Nguyên Bình,nguyen-binh,admin@nguyen-binh.example.vn,district-board\n");

        var result = await HostCli.RunAsync(site, "tenants", "import", file, "--base-url", "https://danvan.example.vn");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\[   1/1\] line 2: NguyenBinh: set up in \d+ ms, invitation: https://danvan\.example\.vn/nguyen-binh/account/reset-password\?", result.Output);
        Assert.Contains("1 set up, 0 skipped, 0 failed", result.Output);
        var bad = await HostCli.RunAsync(site, "tenants", "import", Path.Combine(site.Root, "khong-co.csv"));
        Assert.Equal(1, bad.ExitCode);
    }

    [Fact]
    public async Task A_feature_profile_limits_what_one_district_may_turn_on()
    {
        var portal = await PortalAdminAsync();
        var saved = await portal.PostFormAsync("/admin/tenants/feature-profiles", "/admin/tenants/feature-profiles", new()
        {
            ["Name"] = "khong-nhat-ky", ["Rules"] = "Include DanVan.*\nExclude DanVan.AuditTrail",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var assigned = await portal.PostFormAsync("/admin/tenants/HoaAn/edit", "/admin/tenants/HoaAn/edit", new()
        {
            ["DisplayName"] = "Ban Dân vận Huyện ủy Hòa An", ["Prefix"] = "hoa-an", ["Host"] = string.Empty, ["FeatureProfile"] = "khong-nhat-ky",
        });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        foreach (var (prefix, allowed) in new[] { ("/hoa-an", false), ("/tra-linh", true) })
        {
            var district = site.Client(prefix);
            await district.LoginAsync("admin", Password);
            await district.PostFormAsync("/admin/features", "/admin/features/DanVan.AuditTrail/disable", []);
            await district.PostFormAsync("/admin/features", "/admin/features/DanVan.AuditTrail/enable", []);
            var page = await district.GetStringAsync("/admin/features");
            Assert.Equal(!allowed, page.Contains("Tỉnh chưa cho phép bật", StringComparison.Ordinal));
            Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await district.GetAsync("/admin/audit")).StatusCode);
        }

        var bad = await portal.PostFormAsync("/admin/tenants/feature-profiles", "/admin/tenants/feature-profiles", new() { ["Name"] = "sai", ["Rules"] = "Cho phép tất cả" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(TenantClient admin, string csv)
    {
        var page = await admin.GetStringAsync("/admin/tenants/import");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "districts.csv" },
        };
        return await admin.Http.PostAsync("/admin/tenants/import", form);
    }

    private static async Task<JsonElement> RunImportAsync(TenantClient admin, string csv)
    {
        var start = await admin.PostFormAsync("/admin/tenants/import", "/admin/tenants/import/start", new() { ["csv"] = csv });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var progress = TenantClient.Location(start);
        Assert.Contains("<progress", await admin.GetStringAsync(progress));
        var status = await Eventually.ReturnsAsync(
            async () => await admin.Http.GetFromJsonAsync<JsonElement>(progress + "/status"),
            s => s.GetProperty("finished").GetBoolean(), TimeSpan.FromSeconds(60));
        Assert.True(status.GetProperty("finished").GetBoolean());
        return status;
    }
}
