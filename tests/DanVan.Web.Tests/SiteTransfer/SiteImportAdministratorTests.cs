using DanVan.Orchard.SiteTransfer;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.SiteTransfer;

/// <summary>An import without a password never leaves a site nobody administers, whatever the export's users are called.</summary>
public sealed class SiteImportAdministratorTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task An_author_named_admin_is_not_taken_for_the_administrator_the_exports_own_one_is()
    {
        await site.CreateUserAsync("TraLinh", "quantri", "Administrator");
        await MoveRoleAsync("TraLinh", "admin", from: "Administrator", to: "Author");

        var copy = await ImportAsync(await ExportAsync("TraLinh"), "TraLinhQuanTri", "tra-linh-quan-tri");

        Assert.Equal(TenantState.Running, copy.State);
        await site.InTenantAsync("TraLinhQuanTri", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            Assert.Equal(["quantri"], (await users.GetUsersInRoleAsync("Administrator")).Select(u => u.UserName));
            Assert.Equal(["Author"], await users.GetRolesAsync((await users.FindByNameAsync("admin"))!));
        });
    }

    [Fact]
    public async Task An_export_without_any_administrator_is_refused_without_a_password_and_no_tenant_is_left()
    {
        await MoveRoleAsync("HoaAn", "admin", from: "Administrator", to: "Author");
        var export = await ExportAsync("HoaAn");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ImportAsync(export, "HoaAnKhongQuanTri", "hoa-an-khong-quan-tri"));

        Assert.Contains("không có quản trị viên nào", error.Message);
        Assert.Null(site.Get<ITenantRegistry>().Find("HoaAnKhongQuanTri"));
    }

    private Task MoveRoleAsync(string tenant, string userName, string from, string to) =>
        site.InTenantAsync(tenant, async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            Assert.True((await users.RemoveFromRoleAsync(user, from)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, to)).Succeeded);
        });

    private async Task<byte[]> ExportAsync(string tenant)
    {
        using var buffer = new MemoryStream();
        await site.Get<ISiteExporter>().ExportAsync(tenant, buffer, new SiteExportOptions(false), CancellationToken.None);
        return buffer.ToArray();
    }

    private async Task<TenantSettings> ImportAsync(byte[] export, string name, string prefix)
    {
        var path = Path.Combine(site.Root, $"{name}.zip");
        await File.WriteAllBytesAsync(path, export);
        return await site.Get<ISiteImporter>().ImportAsync(new SiteImportRequest(path, name, null, prefix, null), CancellationToken.None);
    }
}
