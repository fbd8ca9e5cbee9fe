using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// A tenants.json broken by a hand edit: the CLI and a starting site refuse with one line naming the file and the
/// position; a running site keeps serving from the last good table, answers 503 (not 500) to changes, and picks the
/// file up again once it is fixed.
/// </summary>
public sealed class CorruptTenantStoreTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    // "Running" without its quotes on line 5: what a hurried hand edit leaves.
    private const string Corrupt = """
        {
          "Tenants": [
            {
              "Name": "Default",
              "State": Running
            }
          ]
        }
        """;

    private string StoreFile => Path.Combine(site.AppData, "tenants.json");

    [Fact]
    public async Task The_cli_exits_1_with_one_line_naming_the_file_and_the_line_and_writes_nothing()
    {
        using var alone = new OrchardWebApplicationFactory();
        var file = Path.Combine(alone.AppData, "tenants.json");
        Directory.CreateDirectory(alone.AppData);
        await File.WriteAllTextAsync(file, Corrupt);

        foreach (var args in new[] { new[] { "tenants", "list" }, ["tenants", "create", "--name", "HoaAn", "--prefix", "hoa-an", "--recipe", "district-board"], ["tenants", "check"] })
        {
            var result = await HostCli.RunAsync(alone, args);

            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n'));
            Assert.StartsWith($"error: {file}:5:", line);
            Assert.Contains("not valid", line);
            Assert.Equal(Corrupt, await File.ReadAllTextAsync(file));
        }
    }

    [Fact]
    public async Task The_site_refuses_to_start_with_one_line_naming_the_file()
    {
        using var alone = new OrchardWebApplicationFactory();
        var file = Path.Combine(alone.AppData, "tenants.json");
        Directory.CreateDirectory(alone.AppData);
        await File.WriteAllTextAsync(file, Corrupt);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVan.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["DanVan__AppDataPath"] = alone.AppData;
        start.Environment["DanVan__RecipesPath"] = alone.Recipes;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single((await error).Trim().Split('\n'));
        Assert.StartsWith($"error: {file}:5:", line);
        Assert.DoesNotContain("   at ", await output);
    }

    [Fact]
    public async Task A_running_site_keeps_the_last_good_table_and_refuses_changes_with_503_until_the_file_is_fixed()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        var api = site.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await site.Get<ApiKeyStore>().IssueAsync("kiểm thử", "tests", CancellationToken.None));
        var good = await File.ReadAllTextAsync(StoreFile);

        await File.WriteAllTextAsync(StoreFile, Corrupt);
        var registry = site.Get<TenantRegistry>();
        await registry.ReloadIfChangedAsync(CancellationToken.None); // what the store watcher does on its next tick

        Assert.Equal(TenantState.Running, registry.Table.Find("HoaAn")?.State);
        Assert.Equal(HttpStatusCode.OK, (await site.Client("/hoa-an").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
        var list = await admin.GetAsync("/admin/tenants");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("hoa-an", await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants/HoaAn")).StatusCode);

        var disable = await api.PostAsync("/api/tenants/TraLinh/disable", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, disable.StatusCode);
        Assert.Equal("application/problem+json", disable.Content.Headers.ContentType?.MediaType);
        Assert.Contains("tenants.json", await disable.Content.ReadAsStringAsync());
        Assert.Equal(Corrupt, await File.ReadAllTextAsync(StoreFile));

        await File.WriteAllTextAsync(StoreFile, good);
        await registry.ReloadIfChangedAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/tenants/TraLinh/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/tenants/TraLinh/enable", null)).StatusCode);
    }
}
