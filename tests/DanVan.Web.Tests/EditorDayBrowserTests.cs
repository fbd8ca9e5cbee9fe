using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>
/// In Chromium, the district secretary's day in the content editor: a sign-in that ends while writing costs nothing,
/// work survives a reload, dates are typed day first on an English browser, and no admin page is wider than a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EditorDayBrowserTests : IAsyncLifetime, IClassFixture<EditorDayBrowserSite>
{
    private readonly EditorDayBrowserSite _site;

    public EditorDayBrowserTests(EditorDayBrowserSite site)
    {
        _site = site;
    }

    private static string Shots => EditorDayBrowserSite.Shots;

    private string BaseUrl => new Uri(_site.Process.BaseAddress, "hoa-an/").ToString();

    private System.Collections.Concurrent.ConcurrentQueue<string> _cspViolations => _site.CspViolations;

    public Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_save_after_the_sign_in_ended_asks_for_the_password_and_saves_everything_typed(int width)
    {
        var title = $"Hội nghị tổng kết phong trào thi đua {width}";
        var (context, page) = await SignedInAsync(BaseUrl, width);
        await page.GotoAsync(BaseUrl + "admin/contents/create/Article");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Tóm tắt").FillAsync("Ban Dân vận tổng kết phong trào thi đua năm 2026.");
        await page.Locator(".ql-editor").Last.ClickAsync();
        await page.Keyboard.TypeAsync("Hội nghị đã khen thưởng mười hai tập thể.");
        // The address appears while the title is typed, before any save.
        await Assertions.Expect(page.Locator("[data-path-preview]")).ToContainTextAsync($"/hoa-an/tin-tuc/hoi-nghi-tong-ket-phong-trao-thi-dua-{width}");
        await Assertions.Expect(page.Locator("[data-word-count-output]")).ToHaveTextAsync("9 từ");

        // Signing out on another device moves the security stamp on: this page's session is over.
        var (other, elsewhere) = await SignedInAsync(BaseUrl, width);
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await elsewhere.WaitForURLAsync(BaseUrl);
        await other.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        var dialog = page.Locator("dialog.signin-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.EndsWith("/admin/contents/create/Article", page.Url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"signin-dialog-{width}.png") });
        await dialog.GetByLabel("Tên đăng nhập hoặc e-mail").FillAsync("admin");
        await dialog.GetByLabel("Mật khẩu").FillAsync("sai-mat-khau-1");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập và lưu" }).ClickAsync();
        await Assertions.Expect(dialog.Locator("[role=alert]")).ToContainTextAsync("Không đăng nhập được");
        await dialog.GetByLabel("Mật khẩu").FillAsync(OrchardWebApplicationFactory.AdminPassword);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập và lưu" }).ClickAsync();

        await page.WaitForURLAsync(EditUrl());
        Assert.Contains("Đã lưu bản nháp", await page.Locator("[role=status]").First.InnerTextAsync());
        Assert.Equal(title, await page.GetByLabel("Tiêu đề").InputValueAsync());
        Assert.Equal("Ban Dân vận tổng kết phong trào thi đua năm 2026.", await page.GetByLabel("Tóm tắt").InputValueAsync());
        Assert.Contains("Hội nghị đã khen thưởng mười hai tập thể.", await page.Locator(".ql-editor").Last.InnerTextAsync());
        await AssertNotWiderThanAsync(page, width, "the editor after saving");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"editor-saved-{width}.png"), FullPage = true });
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_date_typed_15_07_2026_on_an_english_browser_is_the_15th_of_july_and_ctrl_s_saves_it()
    {
        var (context, page) = await SignedInAsync(BaseUrl, 1280, locale: "en-US");
        await page.GotoAsync(BaseUrl + "admin/contents/create/MeetingReport");
        await page.GetByLabel("Tiêu đề").FillAsync("Hội nghị giao ban tháng 7");
        await page.GetByLabel("Ngày họp").PressSequentiallyAsync("15/07/2026");
        await Assertions.Expect(page.Locator("#f_MeetingReport_MeetingDate_words")).ToHaveTextAsync("Thứ Tư, 15 tháng 7 năm 2026");

        await page.Keyboard.PressAsync("Control+s");

        await page.WaitForURLAsync(EditUrl());
        Assert.Equal("15/07/2026", await page.GetByLabel("Ngày họp").InputValueAsync());
        Assert.Equal("Thứ Tư, 15 tháng 7 năm 2026", (await page.Locator("#f_MeetingReport_MeetingDate_words").InnerTextAsync()).Trim());

        // A date that is not one gets its error next to the field, and the page stays.
        await page.GetByLabel("Ngày họp").FillAsync("31/02/2026");
        await Assertions.Expect(page.Locator("#f_MeetingReport_MeetingDate_words")).ToContainTextAsync("Chưa đúng dạng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-for='f.MeetingReport.MeetingDate']")).ToContainTextAsync("ngày không hợp lệ");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Work_typed_before_a_reload_is_offered_back_and_restored()
    {
        var (context, page) = await SignedInAsync(BaseUrl, 375);
        await page.GotoAsync(BaseUrl + "admin/contents/create/Article");
        await page.GetByLabel("Tiêu đề").FillAsync("Bài viết dở dang trước khi mất điện");
        await page.Locator(".ql-editor").Last.ClickAsync();
        await page.Keyboard.TypeAsync("Đoạn đầu tiên đã viết xong.");
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('danvan-draft:/hoa-an:Article:new') && localStorage.getItem(k).includes('Đoạn đầu tiên'))");

        var warned = false;
        page.Dialog += async (_, dialog) =>
        {
            warned |= dialog.Type == "beforeunload";
            await dialog.AcceptAsync();
        };
        await page.ReloadAsync();
        Assert.True(warned, "leaving a changed form should warn first");

        Assert.Equal(string.Empty, await page.GetByLabel("Tiêu đề").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "restore-offer-375.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục bản đang soạn dở" }).ClickAsync();
        Assert.Equal("Bài viết dở dang trước khi mất điện", await page.GetByLabel("Tiêu đề").InputValueAsync());
        Assert.Contains("Đoạn đầu tiên đã viết xong.", await page.Locator(".ql-editor").Last.InnerTextAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task No_admin_page_is_wider_than_a_phone_and_the_tenants_row_actions_fit_a_wide_screen()
    {
        var (context, page) = await SignedInAsync(BaseUrl, 375);
        foreach (var (path, name) in new[]
        {
            ("admin/contents/create/Article", "editor"), ("admin/contents", "contents"), ("admin/users", "users"), ("admin/media", "media"),
        })
        {
            await page.GotoAsync(BaseUrl + path);
            await AssertNotWiderThanAsync(page, 375, name);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-375.png"), FullPage = true });
        }

        await context.CloseAsync();

        var root = _site.Process.BaseAddress.ToString();
        foreach (var width in new[] { 375, 1280 })
        {
            var (portal, tenants) = await SignedInAsync(root, width);
            await tenants.GotoAsync(root + "admin/tenants");
            await AssertNotWiderThanAsync(tenants, width, "tenants");
            await tenants.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"tenants-{width}.png"), FullPage = true });
            foreach (var action in await tenants.Locator("table .actions a, table .actions button").AllAsync())
            {
                var box = await action.BoundingBoxAsync();
                Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width, $"a row action of the tenants list is off-screen at {width} px ({box?.X}+{box?.Width})");
            }

            await portal.CloseAsync();
        }
    }

    private static Regex EditUrl() => EditPath();

    [GeneratedRegex("/admin/contents/[0-9a-f]{32}/edit$")]
    private static partial Regex EditPath();

    private static async Task AssertNotWiderThanAsync(IPage page, int width, string what)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the {what} page ({page.Url}) is {scrollWidth} px wide on a {width} px screen");
    }

    /// <summary>A new browser (own cookies and storage) signed in as the tenant's admin at <paramref name="baseUrl"/>.</summary>
    private async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(string baseUrl, int width, string locale = "vi-VN")
    {
        var context = await _site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, Locale = locale });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' at ' + e.sourceFile + ':' + e.lineNumber), true);");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("CSP violation:", StringComparison.Ordinal))
            {
                _cspViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        await page.GotoAsync(baseUrl + "admin");
        await page.GetByLabel("Tên đăng nhập hoặc e-mail").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync(OrchardWebApplicationFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "admin");
        return (context, page);
    }

    /// <summary>Every page of the test ran under the site's Content-Security-Policy: nothing may have been refused.</summary>
    public Task DisposeAsync()
    {
        var violations = new List<string>();
        while (_cspViolations.TryDequeue(out var violation))
        {
            violations.Add(violation);
        }

        Assert.True(violations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", violations));
        return Task.CompletedTask;
    }
}
