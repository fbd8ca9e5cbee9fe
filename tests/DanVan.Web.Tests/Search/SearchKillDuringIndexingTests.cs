using System.Net;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// The site as a real process, killed (SIGKILL) while a flood of publishes is being indexed: after the restart the
/// index catches up from its checkpoint and every published item is found exactly once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchKillDuringIndexingTests : IAsyncLifetime
{
    private const string Marker = "lulutimkiem";
    private readonly OrchardWebApplicationFactory _site = new();

    public async Task InitializeAsync()
    {
        // Set up by the CLI: no in-process host holds the index the site process writes.
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "setup", "--name", "Default", "--recipe", "province-portal",
            "--admin-email", "admin@example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "create", "--name", "HoaAn", "--prefix", "hoa-an",
            "--display-name", "Ban Dân vận Huyện ủy Hòa An", "--recipe", "district-board",
            "--admin-email", "admin@hoa-an.example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    /// <summary>A word of letters only (the analysis splits letters from digits), one per article.</summary>
    private static string Token(int worker, int i) => "ma" + string.Concat($"{worker}x{i}".Select(c => c == 'x' ? 'x' : (char)('a' + (c - '0'))));

    [Fact]
    public async Task After_a_kill_mid_flood_every_published_item_is_found_exactly_once()
    {
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
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
                        var token = Token(worker, i);
                        var saved = await editor.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", new()
                        {
                            ["Title"] = $"Tin {token} {Marker}",
                            ["BodyHtml"] = $"<p>Nội dung về phong trào dân vận khéo ở xã, bài {token}. {string.Concat(Enumerable.Repeat("Cán bộ gần dân, hiểu dân, giúp dân. ", 40))}</p>",
                            ["f.Article.Summary"] = "Tóm tắt.",
                            ["submit"] = "publish",
                        });
                        if (saved.StatusCode == HttpStatusCode.Redirect)
                        {
                            acknowledged.Add(token);
                        }
                    }
                    catch (Exception) when (stop.IsCancellationRequested || !acknowledged.IsEmpty)
                    {
                        // The process went away under the request: that is the point.
                    }

                    if (acknowledged.Count >= 40)
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

        int found;
        await using (var restarted = await SiteProcess.StartAsync(_site))
        {
            // The worker catches the index up from its checkpoint on start (a reader's search never does); until it
            // has, the page says the index is being updated.
            using var reader = new HttpClient { BaseAddress = restarted.BaseAddress };
            var marked = await SearchTestSupport.ReadyPageAsync(reader, $"/hoa-an/tim-kiem?q={Marker}");
            found = SearchTestSupport.Count(marked) ?? -1;
            foreach (var token in acknowledged)
            {
                var html = await reader.GetStringAsync($"/hoa-an/tim-kiem?q={token}");
                Assert.True(SearchTestSupport.HitIds(html).Count == 1, $"{token}: {SearchTestSupport.Count(html)} hits");
            }
        }

        // What the database holds as published after the kill (acknowledged or not): the index holds exactly that.
        var published = 0;
        await _site.InTenantAsync("HoaAn", async services => published = (await services.GetRequiredService<IContentManager>()
            .QueryAsync(new ContentQuery("Article", ContentStatus.Published, Marker, ContentSort.ModifiedDesc, 1), CancellationToken.None)).Total);
        Assert.True(published >= acknowledged.Count, $"{published} published, {acknowledged.Count} acknowledged");
        Assert.Equal(published, found);
    }

    private static async Task<TenantClient> SignedInAsync(SiteProcess process)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = process.BaseAddress };
        var client = new TenantClient(http, "/hoa-an");
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return client;
    }
}
