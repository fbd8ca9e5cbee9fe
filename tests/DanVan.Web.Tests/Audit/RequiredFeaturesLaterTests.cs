using System.Net;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Audit;

/// <summary>
/// A profile's <c>Require</c> rule reaches a district that was stopped when the rule was saved as soon as it is enabled;
/// a district whose database cannot be opened is reported, not a 500 after the profile was saved.
/// </summary>
public sealed class RequiredFeaturesLaterTests(AuditTrailSite site) : IClassFixture<AuditTrailSite>
{
    private const string Trail = "DanVan.AuditTrail";

    [Fact]
    public async Task A_district_stopped_when_the_rule_was_saved_gets_the_feature_when_enabled_and_a_broken_one_is_reported()
    {
        await site.CreateAndSetupAsync("TamDung", "tam-dung", "Ban Dân vận Huyện ủy Tạm Dừng", "district-board");
        await site.CreateAndSetupAsync("HongTep", "hong-tep", "Ban Dân vận Huyện ủy Hỏng Tệp", "district-board");
        foreach (var name in new[] { "TamDung", "HongTep" })
        {
            await site.InTenantAsync(name, services => services.GetRequiredService<FeatureManager>().DisableAsync([Trail], CancellationToken.None));
        }

        var portal = await site.AdminAsync(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveProfileAsync(portal, "Include DanVan.*")).StatusCode);
        foreach (var (name, prefix) in new[] { ("TamDung", "tam-dung"), ("HongTep", "hong-tep") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync($"/admin/tenants/{name}/edit", $"/admin/tenants/{name}/edit", new()
            {
                ["DisplayName"] = name, ["Prefix"] = prefix, ["Host"] = string.Empty, ["FeatureProfile"] = "bat-sau",
            })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants", "/admin/tenants/TamDung/disable", [])).StatusCode);
        BreakDatabase("HongTep");

        var saved = await SaveProfileAsync(portal, $"Include DanVan.*\nRequire {Trail}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Chưa bật được các tính năng bắt buộc ở: HongTep", await portal.GetStringAsync("/admin/tenants/feature-profiles"));
        Assert.False(await IsTrailOnAsync("TamDung"));

        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants", "/admin/tenants/TamDung/enable", [])).StatusCode);
        Assert.True(await IsTrailOnAsync("TamDung"));
    }

    [Fact]
    public async Task A_district_enabled_from_the_cli_gets_the_features_its_profile_requires()
    {
        await site.CreateAndSetupAsync("LenhBat", "lenh-bat", "Ban Dân vận Huyện ủy Lệnh Bật", "district-board");
        await site.InTenantAsync("LenhBat", services => services.GetRequiredService<FeatureManager>().DisableAsync([Trail], CancellationToken.None));
        var portal = await site.AdminAsync(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants/feature-profiles", "/admin/tenants/feature-profiles", new()
        {
            ["Name"] = "bat-bang-lenh", ["Rules"] = "Include DanVan.*",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants/LenhBat/edit", "/admin/tenants/LenhBat/edit", new()
        {
            ["DisplayName"] = "LenhBat", ["Prefix"] = "lenh-bat", ["Host"] = string.Empty, ["FeatureProfile"] = "bat-bang-lenh",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants", "/admin/tenants/LenhBat/disable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostFormAsync("/admin/tenants/feature-profiles", "/admin/tenants/feature-profiles", new()
        {
            ["Name"] = "bat-bang-lenh", ["Rules"] = $"Include DanVan.*\nRequire {Trail}",
        })).StatusCode);

        var enabled = await HostCli.RunAsync(site, "tenants", "enable", "--name", "LenhBat");

        Assert.True(enabled.ExitCode == 0, enabled.Error);
        Assert.DoesNotContain("warning", enabled.Error, StringComparison.Ordinal);
        site.Get<TenantRegistry>().Release("LenhBat");
        Assert.True(await IsTrailOnAsync("LenhBat"));
    }

    private static Task<HttpResponseMessage> SaveProfileAsync(TenantClient portal, string rules) =>
        portal.PostFormAsync("/admin/tenants/feature-profiles", "/admin/tenants/feature-profiles", new() { ["Name"] = "bat-sau", ["Rules"] = rules });

    private async Task<bool> IsTrailOnAsync(string tenant)
    {
        var on = false;
        await site.InTenantAsync(tenant, async services => on = await services.GetRequiredService<FeatureManager>().IsEnabledAsync(Trail, CancellationToken.None));
        return on;
    }

    private void BreakDatabase(string tenant)
    {
        site.Get<TenantRegistry>().Release(tenant);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(site.AppData, "Sites", tenant, "danvan.db");
        foreach (var side in new[] { file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(side);
        }

        File.WriteAllText(file, "đây không phải là một cơ sở dữ liệu SQLite, chỉ là văn bản thường cho đủ dài.");
    }
}
