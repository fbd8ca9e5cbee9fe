using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;

namespace DanVan.Web.Tests;

public sealed class TenantsApiTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private async Task<HttpClient> WithKeyAsync()
    {
        var key = await site.Get<ApiKeyStore>().IssueAsync("kiểm thử", "tests", CancellationToken.None);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    [Fact]
    public async Task Calls_without_a_valid_key_are_refused_even_with_an_admin_cookie()
    {
        var admin = site.Client(string.Empty);
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);

        var withCookie = await admin.Http.GetAsync("/api/tenants");
        var anonymous = await site.CreateClient().GetAsync("/api/tenants");
        var wrongKey = site.CreateClient();
        wrongKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dvk_khong-dung");

        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("/api/tenants")).StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_script_creates_sets_up_disables_and_removes_a_tenant()
    {
        var api = await WithKeyAsync();
        var body = new { name = "BaoLac", displayName = "Ban Dân vận Huyện ủy Bảo Lạc", prefix = "bao-lac", recipe = "district-board", adminEmail = "admin@bao-lac.example.vn", adminPassword = "mat-khau-bao-lac-1" };

        var created = await api.PostAsJsonAsync("/api/tenants", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Running", json.GetProperty("tenant").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await site.Client("/bao-lac").GetAsync("/")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/tenants", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync("/api/tenants", body with { prefix = "bao-lac-khac" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync("/api/tenants/BaoLac")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/tenants/BaoLac/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync("/api/tenants/BaoLac/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync("/api/tenants/BaoLac")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/tenants/BaoLac")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(site.AppData, "Sites", "BaoLac")));
    }

    [Theory]
    [InlineData("""{"name":"HaQuang","prefix":"hoa-an","recipe":"district-board","adminEmail":"a@b.vn"}""", HttpStatusCode.Conflict)]
    [InlineData("""{"name":"HaQuang","prefix":"media","recipe":"district-board","adminEmail":"a@b.vn"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"name":"HaQuang","prefix":"hà quảng","recipe":"district-board","adminEmail":"a@b.vn"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"name":"HaQuang","prefix":"ha-quang","recipe":"khong-co","adminEmail":"a@b.vn"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"name":"","prefix":"ha-quang","recipe":"district-board"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"name":"HaQuang",""", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_a_4xx_problem_and_leave_nothing(string json, HttpStatusCode expected)
    {
        var api = await WithKeyAsync();

        var response = await api.PostAsync("/api/tenants", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Null(await site.Get<TenantManager>().FindAsync("HaQuang", CancellationToken.None));
    }

    [Fact]
    public async Task The_api_is_described_with_openapi_on_the_portal_only()
    {
        var document = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/tenants", out _));
        Assert.False(document.GetProperty("paths").TryGetProperty("/admin/tenants", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/hoa-an/api/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await WithKeyAsync()).GetAsync("/hoa-an/api/tenants")).StatusCode);
    }
}
