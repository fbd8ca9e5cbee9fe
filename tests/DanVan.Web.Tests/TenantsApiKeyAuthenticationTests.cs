using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DanVan.Tenants.Services;
using DanVan.Tenants.ViewModels;

namespace DanVan.Web.Tests;

/// <summary>The tenants API's key scheme: who gets in, what a refusal says, and the key's last use on the keys page.</summary>
public sealed class TenantsApiKeyAuthenticationTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    private ApiKeyStore Keys => site.Get<ApiKeyStore>();

    private HttpClient ApiClient(string key)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private async Task<ApiKeyInfo> StoredAsync(string name) =>
        (await Keys.ListAsync(CancellationToken.None)).Single(k => k.Name == name);

    [Fact]
    public async Task A_call_notes_the_keys_last_use_once_a_minute_and_the_keys_page_shows_it()
    {
        var name = "script-" + Guid.NewGuid().ToString("N")[..8];
        var api = ApiClient(await Keys.IssueAsync(name, "tests", CancellationToken.None));
        Assert.Null((await StoredAsync(name)).LastUsedUtc);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);
        var first = (await StoredAsync(name)).LastUsedUtc;
        Assert.NotNull(first);
        Assert.InRange(DateTime.UtcNow - first.Value, TimeSpan.Zero, TimeSpan.FromMinutes(1));

        // Within the minute a second call does not write again (the value would have moved on by some milliseconds).
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);
        Assert.Equal(first, (await StoredAsync(name)).LastUsedUtc);

        var admin = site.Client(string.Empty);
        await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword);
        var page = await admin.GetStringAsync("/admin/tenants/api-keys");
        var row = KeyRow(name).Match(page);
        Assert.True(row.Success, $"no row for key {name} on the keys page");
        Assert.Matches(@"^\d\d/\d\d/\d{4} \d\d:\d\d$", row.Groups["used"].Value);
    }

    [Fact]
    public async Task A_wrong_key_gets_a_401_problem_that_says_why()
    {
        var response = await ApiClient("dvk_khong-phai-khoa-that").GetAsync("/api/tenants");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter!.Contains("invalid_token", StringComparison.Ordinal));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("not valid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_gets_a_401_problem_that_says_how_to_send_one()
    {
        var response = await site.CreateClient().GetAsync("/api/tenants");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_refused()
    {
        var name = "thu-hoi-" + Guid.NewGuid().ToString("N")[..8];
        var api = ApiClient(await Keys.IssueAsync(name, "tests", CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);

        await Keys.RevokeAsync((await StoredAsync(name)).Id, CancellationToken.None);
        var response = await api.GetAsync("/api/tenants");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_in_the_x_api_key_header_is_accepted()
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await Keys.IssueAsync("x-api-key", "tests", CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tenants")).StatusCode);
    }

    private static Regex KeyRow(string name) => new(
        $"<td>{Regex.Escape(name)}</td>\\s*<td>tests</td>\\s*<td class=\"date\">[^<]*</td>\\s*<td class=\"date\">(?<used>[^<]*)</td>");
}
