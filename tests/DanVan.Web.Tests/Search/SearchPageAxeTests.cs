using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DanVan.Web.Tests.Search;

/// <summary>The search page in Chromium (Debian's /usr/bin/chromium), phone and desktop, results, nothing found and the portal: no serious or critical axe violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageAxeTests : IAsyncLifetime
{
    private ChromiumSite? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await ChromiumSite.StartAsync();
    }

    [Fact]
    public async Task Results_nothing_found_and_the_portal_search_pass_axe_on_a_phone_and_a_desktop()
    {
        var root = _chromium!.Process.BaseAddress.ToString();
        using (var http = new HttpClient { BaseAddress = _chromium.Process.BaseAddress })
        {
            await SearchTestSupport.ReadyPageAsync(http, "hoa-an/tim-kiem?q=dan+van");
            await SearchTestSupport.ReadyPageAsync(http, "tim-kiem?q=dan+van+kheo");
        }

        foreach (var width in new[] { 375, 1280 })
        {
            var context = await _chromium!.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
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
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}
