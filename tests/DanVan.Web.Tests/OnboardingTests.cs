using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests;

/// <summary>A new district's first steps: the dashboard checklist, the suggested technical name, roles explained.</summary>
public sealed class OnboardingTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;
    private const string Checklist = "Những bước đầu tiên";

    private async Task<TenantClient> AdminAsync(string prefix)
    {
        var admin = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", Password)).StatusCode);
        return admin;
    }

    private static async Task<IReadOnlyList<string>> OpenStepsAsync(TenantClient admin)
    {
        var html = await admin.GetStringAsync("/admin");
        return System.Text.RegularExpressions.Regex.Matches(html, "<li class=\"onboarding__step\"[^>]*data-step=\"([a-z]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public async Task The_checklist_stays_until_contacts_banner_an_own_article_and_a_colleague_are_there()
    {
        var admin = await AdminAsync("/tra-linh");
        // The recipe's placeholder phone and e-mail, its sample articles and the lone administrator do not count.
        Assert.Contains(Checklist, await admin.GetStringAsync("/admin"));
        Assert.Equal(["contacts", "banner", "article", "users"], await OpenStepsAsync(admin));
        Assert.DoesNotContain(Checklist, await (await AdminAsync(string.Empty)).GetStringAsync("/admin"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/settings", "/admin/settings", new()
        {
            ["SiteName"] = "Ban Dân vận Huyện ủy Trà Lĩnh", ["ContactPhone"] = "0206 3 881 234", ["ContactEmail"] = "bdv@tralinh.caobang.gov.vn",
            ["BannerImagePath"] = "~/media/anh/banner.jpg", ["TimeZone"] = "Asia/Ho_Chi_Minh", ["Culture"] = "vi-VN",
        })).StatusCode);
        Assert.Equal(["article", "users"], await OpenStepsAsync(admin));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Tin đầu tiên của Ban", ["BodyHtml"] = "<p>Nội dung.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
        })).StatusCode);
        Assert.Equal(["users"], await OpenStepsAsync(admin));

        await site.CreateUserAsync("TraLinh", "bien-tap-dau-tien", "Editor");
        Assert.Empty(await OpenStepsAsync(admin));
        Assert.DoesNotContain(Checklist, await admin.GetStringAsync("/admin"));
    }

    [Fact]
    public async Task The_checklist_can_be_dismissed()
    {
        var admin = await AdminAsync("/hoa-an");
        Assert.Contains(Checklist, await admin.GetStringAsync("/admin"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin", "/admin/onboarding/dismiss", [])).StatusCode);

        Assert.DoesNotContain(Checklist, await admin.GetStringAsync("/admin"));
    }

    [Fact]
    public async Task The_technical_name_is_suggested_from_the_display_name_and_filled_in_when_left_empty()
    {
        var portal = await AdminAsync(string.Empty);
        var suggestion = await portal.Http.GetFromJsonAsync<JsonElement>("/admin/tenants/name-suggestion?displayName=" + Uri.EscapeDataString("Ban Dân vận Huyện ủy Đức Long"));
        Assert.Equal("DucLong", suggestion.GetProperty("name").GetString());
        Assert.Equal("duc-long", suggestion.GetProperty("prefix").GetString());
        Assert.Contains("data-tenant-name-suggestion", await portal.GetStringAsync("/admin/tenants/create"));

        var created = await portal.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", new()
        {
            ["Name"] = string.Empty, ["DisplayName"] = "Ban Dân vận Huyện ủy Đông Khê", ["Prefix"] = "dong-khe", ["Host"] = string.Empty,
            ["RecipeName"] = "district-board", ["AdminEmail"] = "admin@dong-khe.example.vn", ["AdminPassword"] = Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var tenant = await site.Get<TenantManager>().FindAsync("DongKhe", CancellationToken.None);
        Assert.Equal(TenantState.Running, tenant!.State);
    }

    [Fact]
    public async Task The_users_form_explains_each_role_in_one_line()
    {
        var admin = await AdminAsync("/tra-linh");
        var form = await admin.GetStringAsync("/admin/users/create");

        Assert.Contains("Toàn quyền với trang", form);
        Assert.Contains("Sửa, đăng, gỡ và xóa mọi nội dung", form);
        Assert.Contains("Viết, đăng và xóa bài và tệp của chính mình", form);
        Assert.Contains("Viết bản nháp của mình, không tự đăng", form);
        Assert.Contains("aria-describedby=\"role-0-hint\"", form);
    }
}
