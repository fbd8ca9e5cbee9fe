using System.Net;
using DanVan.AuditTrail.Data;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using DanVan.Users.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Architecture;

/// <summary>
/// What a module registers acts only in tenants where its feature is on, decided by the framework (the module's
/// handlers do not check for themselves): here the audit trail's content handler, admin menu, permissions and a recipe
/// step of a module turned off in one tenant.
/// </summary>
public sealed class FeatureGateTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Tenant = "TraLinh";

    [Fact]
    public async Task A_disabled_module_records_nothing_shows_no_menu_and_grants_no_permission_until_enabled_again()
    {
        var admin = site.Client("/tra-linh");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        Assert.Contains("admin/audit", await admin.GetStringAsync("/admin"));

        await site.InTenantAsync(Tenant, services => services.GetRequiredService<FeatureManager>().DisableAsync([FeatureIds.AuditTrail], CancellationToken.None));
        try
        {
            Assert.Equal(0, await RecordedAfterSavingAsync("Hội nghị khi nhật ký thao tác đang tắt"));
            Assert.DoesNotContain("admin/audit", await admin.GetStringAsync("/admin"));
            Assert.DoesNotContain(AuditTrailPermission, await KnownPermissionsAsync());
            var refused = await Assert.ThrowsAsync<RecipeException>(() => RunRolesStepAsync(AuditTrailPermission));
            Assert.Contains($"unknown permission '{AuditTrailPermission}'", refused.Message);
        }
        finally
        {
            await site.InTenantAsync(Tenant, services => services.GetRequiredService<FeatureManager>().EnableAsync([FeatureIds.AuditTrail], CancellationToken.None));
        }

        Assert.Equal(1, await RecordedAfterSavingAsync("Hội nghị khi nhật ký thao tác đã bật lại"));
        Assert.Contains("admin/audit", await admin.GetStringAsync("/admin"));
        Assert.Contains(AuditTrailPermission, await KnownPermissionsAsync());
    }

    [Fact]
    public async Task An_always_enabled_feature_cannot_be_turned_off_by_the_features_page_or_a_recipe()
    {
        var admin = site.Client("/tra-linh");
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var refused = await admin.PostFormAsync("/admin/features", $"/admin/features/{FeatureIds.Admin}/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("tính năng này luôn bật", await admin.GetStringAsync("/admin/features"));

        await site.InTenantAsync(Tenant, async services =>
        {
            var features = services.GetRequiredService<FeatureManager>();
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => features.DisableAsync([FeatureIds.Users], CancellationToken.None));
            Assert.Contains("always enabled", error.Message);
            Assert.True(await features.IsEnabledAsync(FeatureIds.Users, CancellationToken.None));
            Assert.True(await features.IsEnabledAsync(FeatureIds.Admin, CancellationToken.None));
        });
    }

    private const string AuditTrailPermission = DanVan.AuditTrail.AuditTrailPermissions.Names.ViewAuditTrail;

    private async Task<int> RecordedAfterSavingAsync(string title)
    {
        var before = 0;
        var after = 0;
        await site.InTenantAsync(Tenant, async services =>
        {
            var audit = services.GetRequiredService<AuditTrailDbContext>();
            before = await audit.Events.CountAsync();
            var draft = TestContent.PublishedArticle(title, "Tin hoạt động", DateTime.UtcNow);
            draft.Published = false;
            await services.GetRequiredService<IContentManager>().SaveAsync(draft, publish: false, expectedStamp: null, ContentActor.System, CancellationToken.None);
            after = await audit.Events.CountAsync();
        });
        return after - before;
    }

    private async Task<IReadOnlySet<string>> KnownPermissionsAsync()
    {
        IReadOnlySet<string> known = new HashSet<string>();
        await site.InTenantAsync(Tenant, async services =>
        {
            known = await services.GetRequiredService<RoleService>().GetKnownPermissionsAsync(CancellationToken.None);
            var listed = (await services.GetRequiredService<FeatureGate>().GetEnabledAsync<IPermissionProvider>(CancellationToken.None))
                .SelectMany(p => p.GetPermissions()).Select(p => p.Name);
            Assert.Equal(known.Order(), listed.Order());
        });
        return known;
    }

    private Task RunRolesStepAsync(string permission)
    {
        var recipe = RecipeReader.Parse(
            $$"""{ "name": "roles-only", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Auditor", "Permissions": [ "{{permission}}" ] } ] } ] }""",
            "roles-only");
        return site.InTenantAsync(Tenant, services => services.GetRequiredService<RecipeExecutor>()
            .ExecuteAsync(recipe, new Dictionary<string, string?>(), services, CancellationToken.None));
    }
}
