using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DanVan.Web.Tests.Search;

/// <summary>The search page in Chromium (Debian's /usr/bin/chromium), phone and desktop, results, nothing found and the portal: no serious or critical axe violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageAxeTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly OrchardWebApplicationFactory _site = new();
    private SiteProcess? _process;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: the test command installs Debian's chromium package (apt-get install chromium).");
        // Set up by the CLI: no in-process host holds an index the site process needs.
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "setup", "--name", "Default", "--recipe", "province-portal",
            "--admin-email", "admin@example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "create", "--name", "HoaAn", "--prefix", "hoa-an",
            "--display-name", "Ban Dân vận Huyện ủy Hòa An", "--recipe", "district-board", "--recipe", "sample-content",
            "--admin-email", "admin@hoa-an.example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        _process = await SiteProcess.StartAsync(_site);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [Fact]
    public async Task Results_nothing_found_and_the_portal_search_pass_axe_on_a_phone_and_a_desktop()
    {
        var root = _process!.BaseAddress.ToString();
        foreach (var width in new[] { 375, 1280 })
        {
            var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(90_000);

            await page.GotoAsync(root + "hoa-an/tim-kiem?q=dan+van", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            Assert.True(await page.Locator("[data-search-hit]").CountAsync() > 0, "no hits on the results page");
            await AssertAccessibleAsync(page, $"results ({width})");

            await page.GotoAsync(root + "hoa-an/tim-kiem?q=khongcotukhoanay&tu=01%2F01%2F2020", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            Assert.True(await page.Locator(".search-help").CountAsync() == 1, "no help when nothing is found");
            await AssertAccessibleAsync(page, $"nothing found ({width})");

            await page.GotoAsync(root + "tim-kiem?q=dan+van+kheo", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await AssertAccessibleAsync(page, $"portal ({width})");
            await context.CloseAsync();
        }
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe on the search {what} page ({page.Url}):\n{string.Join("\n", serious)}");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        await _site.DisposeAsync();
    }
}
