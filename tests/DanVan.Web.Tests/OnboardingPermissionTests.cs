using System.Net;

namespace DanVan.Web.Tests;

/// <summary>The first-steps checklist and its "hide" button are for those who can take the steps: not Editors or Authors.</summary>
public sealed class OnboardingPermissionTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Checklist = "Những bước đầu tiên";

    [Fact]
    public async Task Only_a_user_who_may_manage_the_settings_sees_the_checklist_and_its_dismiss_button()
    {
        await site.CreateAndSetupAsync("BuocDau", "buoc-dau", "Ban Dân vận Huyện ủy Bước Đầu", "district-board");
        await site.CreateUserAsync("BuocDau", "bien-tap-buoc-dau", "Editor");
        await site.CreateUserAsync("BuocDau", "tac-gia-buoc-dau", "Author");

        foreach (var user in new[] { "bien-tap-buoc-dau", "tac-gia-buoc-dau" })
        {
            var client = site.Client("/buoc-dau");
            Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(user, OrchardWebApplicationFactory.AdminPassword)).StatusCode);
            var dashboard = await client.GetStringAsync("/admin");
            Assert.DoesNotContain(Checklist, dashboard);
            Assert.DoesNotContain("/admin/onboarding/dismiss", dashboard);
        }

        var admin = site.Client("/buoc-dau");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var own = await admin.GetStringAsync("/admin");
        Assert.Contains(Checklist, own);
        Assert.Contains("/admin/onboarding/dismiss", own);
    }
}
