using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>
/// In Chromium, axe-core on the main admin pages of a district and the portal's tenants list, at a desktop and a phone
/// width: no serious or critical violation; and the tenants list's row actions are on screen at 1280 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminAxeBrowserTests(EditorDayBrowserSite site) : IClassFixture<EditorDayBrowserSite>
{
    private static readonly string[] DistrictPages =
    [
        "admin", "admin/contents", "admin/contents/create/Article", "admin/media", "admin/users", "admin/users/create",
        "admin/settings", "admin/features", "admin/audit", "admin/export",
    ];

    private static readonly string[] PortalPages = ["admin/tenants", "admin/tenants/import-site", "admin/tenants/HoaAn/export"];

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_main_admin_pages_have_no_serious_or_critical_axe_violations(int width)
    {
        var problems = new List<string>();
        var district = new Uri(site.Process.BaseAddress, "hoa-an/").ToString();
        var (context, page) = await SignedInAsync(district, width);
        foreach (var path in DistrictPages)
        {
            await page.GotoAsync(district + path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            problems.AddRange(await ViolationsAsync(page));
        }

        await context.CloseAsync();

        var portal = site.Process.BaseAddress.ToString();
        var (portalContext, portalPage) = await SignedInAsync(portal, width);
        foreach (var path in PortalPages)
        {
            await portalPage.GotoAsync(portal + path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            problems.AddRange(await ViolationsAsync(portalPage));
        }

        await portalContext.CloseAsync();

        Assert.True(problems.Count == 0, $"axe at {width} px:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task The_tenants_list_row_actions_are_on_screen_at_1280_px()
    {
        var portal = site.Process.BaseAddress.ToString();
        var (context, page) = await SignedInAsync(portal, 1280);
        await page.GotoAsync(portal + "admin/tenants");
        var row = page.Locator("tr", new() { HasText = "HoaAn" });
        foreach (var action in new[] { "Mở quản trị", "Sửa", "Xuất", "Tạm dừng" })
        {
            var control = row.Locator(".actions").GetByText(action, new() { Exact = false }).First;
            await Assertions.Expect(control).ToBeVisibleAsync();
            var box = await control.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 1280, $"“{action}” is at x={box.X}..{box.X + box.Width}, outside the 1280 px viewport");
        }

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 1280, $"the tenants list is {scrollWidth} px wide at 1280 px");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Typing_the_display_name_of_a_new_district_suggests_its_technical_name_and_prefix()
    {
        var portal = site.Process.BaseAddress.ToString();
        var (context, page) = await SignedInAsync(portal, 1280);
        await page.GotoAsync(portal + "admin/tenants/create");
        await page.Locator("#DisplayName").PressSequentiallyAsync("Ban Dân vận Huyện ủy Trà Lĩnh");
        await Assertions.Expect(page.Locator("#Name")).ToHaveValueAsync("TraLinh");
        await Assertions.Expect(page.Locator("#Prefix")).ToHaveValueAsync("tra-linh");

        // A name typed by hand is kept when the display name changes afterwards, while the untouched prefix still
        // follows (its new value shows the suggestion has come back). The whole value is filled: typing would go in
        // at the caret, wherever focusing left it, not at the end.
        await page.Locator("#Name").FillAsync("HuyenTraLinh");
        await page.Locator("#DisplayName").FillAsync("Ban Dân vận Huyện ủy Trà Lĩnh mới");
        await Assertions.Expect(page.Locator("#Prefix")).ToHaveValueAsync("tra-linh-moi");
        Assert.Equal("HuyenTraLinh", await page.Locator("#Name").InputValueAsync());
        await context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        return results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    private async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(string baseUrl, int width)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, Locale = "vi-VN" });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "admin");
        await page.GetByLabel("Tên đăng nhập hoặc e-mail").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync(OrchardWebApplicationFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "admin");
        return (context, page);
    }
}
