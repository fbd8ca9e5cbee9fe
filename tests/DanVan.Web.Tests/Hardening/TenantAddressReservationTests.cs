using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// A district may not take the portal's host (it would answer for every tenant) nor a first path segment that a
/// module maps (its pages would answer as the district): refused through every path, with a typed error.
/// </summary>
public sealed class TenantAddressReservationTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string Portal = "https://danvan.example.vn";

    private async Task<HttpClient> ApiAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        var key = await site.Get<ApiKeyStore>().IssueAsync("kiểm thử dành riêng", "tests", CancellationToken.None);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://danvan.example.vn/") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private async Task AssertNoTenantAsync(string name) =>
        Assert.Null(await site.Get<TenantManager>().FindAsync(name, CancellationToken.None));

    [Theory]
    [InlineData("danvan.example.vn")]
    [InlineData("DanVan.Example.vn")]
    [InlineData("localhost")]
    public async Task The_api_refuses_a_district_on_the_portals_host(string host)
    {
        using var factory = site.WithWebHostBuilder(b => b.UseSetting("DanVan:PublicBaseUrl", Portal));
        var api = await ApiAsync(factory);

        var response = await api.PostAsJsonAsync("/api/tenants", new { name = "ChiemCong", prefix = (string?)null, host, recipe = "district-board", adminEmail = "a@b.vn", adminPassword = "mat-khau-chiem-1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cổng tỉnh", await response.Content.ReadAsStringAsync());
        await AssertNoTenantAsync("ChiemCong");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/hoa-an/")).StatusCode);
    }

    [Fact]
    public async Task The_manager_refuses_the_default_tenants_host_for_a_district()
    {
        var manager = site.Get<TenantManager>();
        await manager.EditAsync("Default", null, null, "cong.danvan.example.vn", CancellationToken.None);
        try
        {
            var error = await Assert.ThrowsAsync<TenantValidationException>(() =>
                manager.CreateAsync(new CreateTenantRequest("ChiemMacDinh", null, null, "cong.danvan.example.vn", "district-board"), CancellationToken.None));

            Assert.Equal(TenantErrorCode.HostReserved, error.Code);
            await AssertNoTenantAsync("ChiemMacDinh");
        }
        finally
        {
            await manager.EditAsync("Default", null, null, null, CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("tin-tuc")]
    [InlineData("chuyen-muc")]
    [InlineData("tu-khoa")]
    [InlineData("hoi-nghi")]
    [InlineData("bao-cao-hoi-nghi")]
    public async Task Prefixes_that_modules_route_are_reserved_for_the_manager_the_api_and_the_admin(string prefix)
    {
        var manager = site.Get<TenantManager>();

        var error = await Assert.ThrowsAsync<TenantValidationException>(() =>
            manager.CreateAsync(new CreateTenantRequest("BongRoute", null, prefix, null, "district-board"), CancellationToken.None));
        Assert.Equal(TenantErrorCode.PrefixReserved, error.Code);
        var edit = await Assert.ThrowsAsync<TenantValidationException>(() => manager.EditAsync("TraLinh", null, prefix, null, CancellationToken.None));
        Assert.Equal(TenantErrorCode.PrefixReserved, edit.Code);

        var api = await ApiAsync(site);
        var response = await api.PostAsJsonAsync("/api/tenants", new { name = "BongRoute", prefix, recipe = "district-board", adminEmail = "a@b.vn" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dành riêng", await response.Content.ReadAsStringAsync());
        await AssertNoTenantAsync("BongRoute");
        Assert.Equal("tra-linh", (await manager.FindAsync("TraLinh", CancellationToken.None))!.RequestUrlPrefix);
    }

    [Fact]
    public void Reserved_prefixes_are_read_from_the_mapped_routes()
    {
        var fromRoutes = site.Get<ReservedPrefixes>().FromRoutes;

        Assert.Superset(new HashSet<string> { "tin-tuc", "chuyen-muc", "tu-khoa", "hoi-nghi", "bao-cao-hoi-nghi", "admin", "api", "media", "login", "account" }, fromRoutes.ToHashSet());
    }

    [Theory]
    [InlineData("BaoLam,Bảo Lâm,tin-tuc,a@b.vn,district-board", "dành riêng")]
    [InlineData("BaoLam,Bảo Lâm,localhost.,a@b.vn,district-board", "không phải là tên miền")]
    [InlineData("BaoLam,Bảo Lâm,danvan.example.vn,a@b.vn,district-board", "cổng tỉnh")]
    public async Task The_csv_reader_reports_reserved_addresses(string row, string message)
    {
        using var factory = site.WithWebHostBuilder(b => b.UseSetting("DanVan:PublicBaseUrl", Portal));
        var reader = factory.Services.GetRequiredService<TenantCsvReader>();
        var csv = "name,display_name,prefix_or_host,admin_email,recipe\n" + row + "\n";

        var plan = await reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), CancellationToken.None);

        Assert.False(plan.IsValid);
        Assert.Contains(plan.Errors, e => e.Line == 2 && e.Column == "prefix_or_host" && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cli_refuses_a_route_prefix()
    {
        var result = await HostCli.RunAsync(site, "tenants", "create", "--name", "BongCli", "--prefix", "chuyen-muc", "--recipe", "district-board");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dành riêng", result.Error);
        await AssertNoTenantAsync("BongCli");
    }

    [Fact]
    public async Task The_admin_form_refuses_a_route_prefix_with_its_message()
    {
        var admin = site.Client(string.Empty);
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var response = await admin.PostFormAsync("/admin/tenants/TraLinh/edit", "/admin/tenants/TraLinh/edit", new()
        {
            ["DisplayName"] = "Ban Dân vận Huyện ủy Trà Lĩnh", ["Prefix"] = "tu-khoa", ["Host"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dành riêng của hệ thống", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_answers_by_error_code()
    {
        var api = await ApiAsync(site);

        var taken = await api.PostAsJsonAsync("/api/tenants", new { name = "TrungMa", host = "localhost.example.vn", prefix = "hoa-an", recipe = "district-board" });
        var missing = await api.PostAsync("/api/tenants/KhongCo/enable", null);
        var wrongState = await api.PostAsync("/api/tenants/HoaAn/enable", null);

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wrongState.StatusCode);
    }
}
