using System.Net;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// The site as a real process, killed (SIGKILL) while an editor publishes and uploads: after the restart every tenant
/// passes the integrity check, whatever was acknowledged is there, and the same work goes on at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KillDuringWorkTests : IAsyncLifetime
{
    private readonly OrchardWebApplicationFactory _site = new();

    public async Task InitializeAsync()
    {
        await _site.Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", OrchardWebApplicationFactory.SetupRequest("province-portal"), CancellationToken.None);
        await _site.CreateAndSetupAsync("HoaAn", "hoa-an", "Ban Dân vận Huyện ủy Hòa An", "district-board");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_kill_during_publishes_and_uploads_leaves_every_tenant_consistent_and_loses_nothing_acknowledged()
    {
        // The edit page of every article whose publish was acknowledged (a redirect) before the kill.
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(string EditPage, string Title)>();
        await using (var process = await SiteProcess.StartAsync(_site))
        {
            var editor = await SignedInAsync(process);
            using var stop = new CancellationTokenSource();
            var enoughDone = new TaskCompletionSource();
            var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var title = $"Tin số {worker}-{i} trước khi dừng đột ngột";
                        var saved = await editor.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
                        {
                            ["Title"] = title, ["BodyHtml"] = "<p>Nội dung.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
                        });
                        if (saved.StatusCode == HttpStatusCode.Redirect)
                        {
                            acknowledged.Add((TenantClient.Location(saved)[editor.Prefix.Length..], title));
                        }

                        var upload = new MediaAdminClient(editor);
                        await upload.UploadAsync("dung-dot-ngot", $"anh-{worker}-{i}.png", TestPng.Solid(8, 8));
                    }
                    catch (Exception) when (stop.IsCancellationRequested || !acknowledged.IsEmpty)
                    {
                        // The process went away under the request: that is the point.
                    }

                    if (acknowledged.Count >= 12)
                    {
                        enoughDone.TrySetResult();
                    }
                }
            })).ToArray();

            await enoughDone.Task.WaitAsync(TimeSpan.FromMinutes(2));
            await process.KillAsync();
            stop.Cancel();
            await Task.WhenAll(workers);
        }

        var check = await HostCli.RunAsync(_site, "tenants", "check");
        Assert.True(check.ExitCode == 0, $"tenants check after the kill: {check.Output} {check.Error}");

        await using var restarted = await SiteProcess.StartAsync(_site);
        var again = await SignedInAsync(restarted);
        foreach (var (editPage, title) in acknowledged)
        {
            Assert.Contains(title, await again.GetStringAsync(editPage), StringComparison.Ordinal);
        }

        var after = await again.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
        {
            ["Title"] = "Tin sau khi khởi động lại", ["BodyHtml"] = "<p>Nội dung.</p>", ["f.Article.Summary"] = "Tóm tắt.", ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new MediaAdminClient(again).UploadAsync("dung-dot-ngot", "sau-khi-khoi-dong.png", TestPng.Solid(4, 4))).Status);
    }

    [Fact]
    public async Task A_kill_during_a_csv_import_is_recovered_and_the_same_import_finishes_it()
    {
        var csv = "name,display_name,prefix_or_host,admin_email,recipe\n" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"Huyen{i},Ban Dân vận huyện {i},huyen-{i},admin{i}@example.vn,district-board\n"));
        await using (var process = await SiteProcess.StartAsync(_site))
        {
            var portal = await SignedInAsync(process, string.Empty);
            var status = await StartImportAsync(portal, csv);
            var progress = await Eventually.ReturnsAsync(() => portal.GetStringAsync(status), json => Completed(json) >= 2, TimeSpan.FromMinutes(1));
            await process.KillAsync();
            Assert.InRange(Completed(progress), 2, 7);
        }

        await using var restarted = await SiteProcess.StartAsync(_site);
        var again = await SignedInAsync(restarted, string.Empty);
        var rerun = await StartImportAsync(again, csv);
        var finished = await Eventually.ReturnsAsync(() => again.GetStringAsync(rerun), json => json.Contains("\"finished\":true", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        Assert.Contains("\"failed\":0", finished, StringComparison.Ordinal);

        var check = await HostCli.RunAsync(_site, "tenants", "check");
        Assert.True(check.ExitCode == 0, $"tenants check after the kill and the rerun: {check.Output} {check.Error}");
        var list = await HostCli.RunAsync(_site, "tenants", "list");
        for (var i = 1; i <= 8; i++)
        {
            Assert.Matches($"(?m)^Huyen{i} +Running", list.Output);
        }
    }

    private static int Completed(string statusJson) =>
        System.Text.Json.JsonDocument.Parse(statusJson).RootElement.GetProperty("completed").GetInt32();

    /// <summary>Posts the CSV to the import's start and returns the address of its status (JSON).</summary>
    private static async Task<string> StartImportAsync(TenantClient portal, string csv)
    {
        var started = await portal.PostFormAsync("/admin/tenants/import", "/admin/tenants/import/start", new() { ["csv"] = csv });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return TenantClient.Location(started) + "/status";
    }

    private static async Task<TenantClient> SignedInAsync(SiteProcess process, string prefix = "/hoa-an")
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = process.BaseAddress };
        var client = new TenantClient(http, prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return client;
    }
}
