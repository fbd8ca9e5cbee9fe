using System.Net;
using DanVan.Orchard.Modules;
using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.SiteTransfer;

/// <summary>
/// The portal's export imports as a district, its features for the portal only left out with a warning each; an import
/// reads an upload's stream where it is (no copy on disk); folders left by a killed import are swept when the next starts.
/// </summary>
public sealed class PortalExportImportTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task The_portals_export_read_from_a_stream_imports_as_a_district_without_the_portal_only_features_a_warning_each()
    {
        // A role of the portal may manage the districts: that permission goes with the feature.
        await site.InTenantAsync(TenantSettings.DefaultTenantName, services =>
            services.GetRequiredService<DanVan.Users.Security.RoleService>().SetAsync("QuanLyHuyen", "Quản lý các trang huyện", ["ManageTenants", "ViewAdmin"]));
        using var export = new MemoryStream();
        await site.Get<ISiteExporter>().ExportAsync(TenantSettings.DefaultTenantName, export, new SiteExportOptions(false), CancellationToken.None);
        var zip = ExportZip.Read(export.ToArray());
        var portalOnly = site.Get<FeatureCatalog>().All.Where(f => f.DefaultTenantOnly).Select(f => f.Id).ToList();
        var enabledOnThePortal = zip.Steps("Feature").SelectMany(s => s["enable"]!.AsArray()).Select(n => (string)n!).ToList();
        Assert.Contains(FeatureIds.Tenants, enabledOnThePortal);
        Assert.Contains(zip.Steps("Roles").SelectMany(s => s["Roles"]!.AsArray()), r => r!["Permissions"]!.AsArray().Any(p => (string?)p == "ManageTenants"));

        var warnings = new List<string>();
        export.Position = 0;
        var request = new SiteImportRequest("cong-tinh-tai-len.zip", "CongTinhBanSao", null, "cong-tinh-ban-sao", null)
        {
            Archive = export, // nothing of that name on disk: the upload's own stream is read
            OnWarning = warnings.Add,
        };
        var copy = await site.Get<ISiteImporter>().ImportAsync(request, CancellationToken.None);

        Assert.Equal(TenantState.Running, copy.State);
        Assert.Equal(
            portalOnly.Where(enabledOnThePortal.Contains).Select(id => $"“{id}”").Order(),
            warnings.Select(w => w.Split(' ').First(word => word.StartsWith('“'))).Order());
        Assert.All(warnings, w => Assert.Contains("chỉ dùng ở cổng tỉnh", w, StringComparison.Ordinal));
        await site.InTenantAsync(copy.Name, async services =>
        {
            var enabled = await services.GetRequiredService<FeatureManager>().GetEnabledAsync(CancellationToken.None);
            Assert.DoesNotContain(FeatureIds.Tenants, enabled);
            Assert.Contains(FeatureIds.Contents, enabled);
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            var manager = await roles.FindByNameAsync("QuanLyHuyen");
            Assert.NotNull(manager);
            Assert.Equal(["ViewAdmin"], (await roles.GetClaimsAsync(manager)).Where(c => c.Type != "Description").Select(c => c.Value));
        });
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/cong-tinh-ban-sao/")).StatusCode);
    }

    [Fact]
    public async Task An_import_starting_sweeps_the_folders_killed_imports_left_an_hour_ago_and_keeps_younger_ones()
    {
        var imports = Path.Combine(site.AppData, "imports");
        var stale = Directory.CreateDirectory(Path.Combine(imports, Guid.NewGuid().ToString("N")));
        await File.WriteAllTextAsync(Path.Combine(stale.FullName, "recipe.json"), "{}");
        stale.LastWriteTimeUtc = DateTime.UtcNow.AddHours(-2);
        var young = Directory.CreateDirectory(Path.Combine(imports, Guid.NewGuid().ToString("N")));

        // Even an import refused at once (no such zip) sweeps first.
        await Assert.ThrowsAsync<SiteImportException>(() => site.Get<ISiteImporter>().ImportAsync(
            new SiteImportRequest(Path.Combine(site.Root, "khong-co.zip"), "KhongCo", null, "khong-co", null), CancellationToken.None));

        Assert.False(Directory.Exists(stale.FullName));
        Assert.True(Directory.Exists(young.FullName));
    }
}
