using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Orchard.Locking;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;

namespace DanVan.Web.Tests;

/// <summary>
/// A setup asked for while another one of the same tenant is under way (another node holds its setup lock) is a
/// conflict, not bad input: the API answers 409 with the reason, the portal's admin shows it in Vietnamese (409), and
/// nothing of the tenant changes; once the other setup is over, asking again sets it up.
/// </summary>
public sealed class TenantSetupInProgressTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private const string UnderWay = "đang được cài đặt";

    [Fact]
    public async Task The_api_answers_409_with_the_reason_while_another_setup_holds_the_tenant_then_sets_it_up()
    {
        await CreateAsync("DangCaiApi", "dang-cai-api");
        var key = await site.Get<ApiKeyStore>().IssueAsync("kiểm thử", "tests", CancellationToken.None);
        var api = site.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var body = new { recipe = "district-board", adminEmail = "admin@dang-cai-api.example.vn", adminPassword = OrchardWebApplicationFactory.AdminPassword };

        await using (await HoldSetupAsync("DangCaiApi"))
        {
            var refused = await api.PostAsJsonAsync("/api/tenants/DangCaiApi/setup", body);

            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(UnderWay, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(TenantState.Uninitialized, await StateAsync("DangCaiApi"));
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/tenants/DangCaiApi/setup", body)).StatusCode);
        Assert.Equal(TenantState.Running, await StateAsync("DangCaiApi"));
    }

    [Fact]
    public async Task The_portals_admin_shows_the_vietnamese_reason_with_409_while_another_setup_holds_the_tenant()
    {
        await CreateAsync("DangCaiUi", "dang-cai-ui");
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var form = new Dictionary<string, string>
        {
            ["Name"] = "DangCaiUi",
            ["RecipeName"] = "district-board",
            ["AdminEmail"] = "admin@dang-cai-ui.example.vn",
            ["AdminPassword"] = OrchardWebApplicationFactory.AdminPassword,
        };

        await using (await HoldSetupAsync("DangCaiUi"))
        {
            var refused = await admin.PostFormAsync("/admin/tenants/DangCaiUi/setup", "/admin/tenants/DangCaiUi/setup", form);

            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains(UnderWay, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(TenantState.Uninitialized, await StateAsync("DangCaiUi"));
        }
    }

    private Task<TenantSettings> CreateAsync(string name, string prefix) =>
        site.Get<ITenantManager>().CreateAsync(new CreateTenantRequest(name, "Ban Dân vận thử " + name, prefix, null, "district-board"), CancellationToken.None);

    /// <summary>As another node does during its setup of the tenant.</summary>
    private async Task<IAsyncDisposable> HoldSetupAsync(string name) =>
        await site.Get<IDistributedLock>().TryAcquireAsync("setup:" + name, TimeSpan.Zero, CancellationToken.None)
            ?? throw new InvalidOperationException("the setup lock is taken");

    private async Task<TenantState?> StateAsync(string name) => (await site.Get<ITenantManager>().FindAsync(name, CancellationToken.None))?.State;
}
