using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>In Chromium (Debian's /usr/bin/chromium): a district admin writes and publishes an article; a reader sees it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests : IAsyncLifetime
{
    private ChromiumSite? _chromium;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _cspViolations = new();

    public async Task InitializeAsync()
    {
        _chromium = await ChromiumSite.StartAsync();
    }

    [Fact]
    public async Task A_district_admin_writes_and_publishes_an_article_that_a_reader_then_sees()
    {
        var baseUrl = new Uri(_chromium!.Process.BaseAddress, "hoa-an/").ToString();
        var admin = await NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        // A fresh machine's first Chromium start builds its font cache, and the other test classes run meanwhile.
        admin.SetDefaultTimeout(90_000);

        await admin.GotoAsync(baseUrl + "admin");
        await admin.GetByLabel("Tên đăng nhập hoặc e-mail").FillAsync("admin");
        await admin.GetByLabel("Mật khẩu").FillAsync(OrchardWebApplicationFactory.AdminPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await admin.WaitForURLAsync(baseUrl + "admin");

        await admin.GotoAsync(baseUrl + "admin/contents/create/Article");
        await admin.GetByLabel("Tiêu đề").FillAsync("Hội nghị triển khai phong trào Dân vận khéo năm 2027");
        await admin.GetByLabel("Tóm tắt").FillAsync("Ban Dân vận Huyện ủy triển khai phong trào thi đua năm mới.");
        var editor = admin.Locator(".ql-editor").Last;
        await editor.ClickAsync();
        await admin.Keyboard.TypeAsync("Sáng nay, hội nghị đã thống nhất ");
        await admin.Keyboard.PressAsync("Control+b");
        await admin.Keyboard.TypeAsync("năm nhiệm vụ trọng tâm");
        await admin.Keyboard.PressAsync("Control+b");
        await admin.Keyboard.TypeAsync(" cho năm 2027.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Đăng", Exact = true }).ClickAsync();
        await admin.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/contents/[0-9a-f]{32}/edit$"));
        Assert.Contains("Đã đăng", await admin.Locator("[role=status]").First.InnerTextAsync());

        var reader = await NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        reader.SetDefaultTimeout(90_000);
        await reader.GotoAsync(baseUrl);
        await reader.GetByRole(AriaRole.Link, new() { Name = "Hội nghị triển khai phong trào Dân vận khéo năm 2027" }).ClickAsync();
        await reader.WaitForURLAsync(baseUrl + "tin-tuc/hoi-nghi-trien-khai-phong-trao-dan-van-kheo-nam-2027");
        Assert.Equal("Hội nghị triển khai phong trào Dân vận khéo năm 2027", await reader.Locator("h1").InnerTextAsync());
        Assert.Equal("năm nhiệm vụ trọng tâm", await reader.Locator("main strong").Last.InnerTextAsync());
        Assert.Contains("cho năm 2027.", await reader.Locator("main").InnerTextAsync());

        var artifacts = Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("TestResults"), "screenshots");
        Directory.CreateDirectory(artifacts);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "article-375.png"), FullPage = true });
        await admin.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "admin-edit-1280.png"), FullPage = true });
    }

    [Fact]
    public async Task A_provincial_admin_creates_a_district_whose_admin_then_signs_in()
    {
        var root = _chromium!.Process.BaseAddress.ToString();
        var portal = await NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        portal.SetDefaultTimeout(90_000);

        await portal.GotoAsync(root + "admin");
        await portal.GetByLabel("Tên đăng nhập hoặc e-mail").FillAsync("admin");
        await portal.GetByLabel("Mật khẩu").FillAsync(OrchardWebApplicationFactory.AdminPassword);
        await portal.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await portal.WaitForURLAsync(root + "admin");

        await portal.GetByRole(AriaRole.Link, new() { Name = "Các trang huyện" }).First.ClickAsync();
        await portal.GetByRole(AriaRole.Link, new() { Name = "+ Tạo trang mới" }).ClickAsync();
        await portal.Locator("#Name").FillAsync("TrungKhanh");
        await portal.Locator("#DisplayName").FillAsync("Ban Dân vận Huyện ủy Trùng Khánh");
        await portal.Locator("#Prefix").FillAsync("trung-khanh");
        await portal.Locator("#AdminEmail").FillAsync("admin@trung-khanh.example.vn");
        await portal.Locator("#AdminPassword").FillAsync("mat-khau-trung-khanh-1");
        await portal.GetByRole(AriaRole.Button, new() { Name = "Tạo và cài đặt" }).ClickAsync();
        await portal.WaitForURLAsync(root + "admin/tenants");
        Assert.Contains("Đã tạo và cài đặt trang", await portal.Locator("[role=status]").First.InnerTextAsync());

        var district = await NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        district.SetDefaultTimeout(90_000);
        await district.GotoAsync(root + "trung-khanh/admin");
        await district.GetByLabel("Tên đăng nhập hoặc e-mail").FillAsync("admin");
        await district.GetByLabel("Mật khẩu").FillAsync("mat-khau-trung-khanh-1");
        await district.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await district.WaitForURLAsync(root + "trung-khanh/admin");
        Assert.Contains("Ban Dân vận Huyện ủy Trùng Khánh", await district.Locator("h1").InnerTextAsync());

        var artifacts = Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("TestResults"), "screenshots");
        Directory.CreateDirectory(artifacts);
        await portal.GotoAsync(root + "admin/tenants");
        await portal.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "portal-tenants-1280.png"), FullPage = true });
    }

    [Fact]
    public async Task A_reader_goes_home_to_article_to_category_and_back_and_the_pages_pass_axe()
    {
        var baseUrl = new Uri(_chromium!.Process.BaseAddress, "hoa-an/").ToString();
        var artifacts = Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("TestResults"), "screenshots");
        Directory.CreateDirectory(artifacts);

        foreach (var width in new[] { 375, 1280 })
        {
            var page = await NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            page.SetDefaultTimeout(90_000);

            await page.GotoAsync(baseUrl);
            await AssertAccessibleAsync(page, "home");
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"home-{width}.png"), FullPage = true });

            // Followed as the reader's click would, but through the DOM: lazy images settling can shift a card under the mouse.
            await page.Locator("main a[href$='/tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026']").First.EvaluateAsync("a => a.click()");
            await page.WaitForURLAsync(baseUrl + "tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026", DomReady);
            await AssertAccessibleAsync(page, "article");
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"article-{width}.png"), FullPage = true });

            await page.Locator("main a[href$='/chuyen-muc/hoat-dong-ban-dan-van']").First.EvaluateAsync("a => a.click()");
            await page.WaitForURLAsync(baseUrl + "chuyen-muc/hoat-dong-ban-dan-van", DomReady);
            Assert.Contains("Hoạt động Ban Dân vận", await page.Locator("h1").InnerTextAsync());
            await AssertAccessibleAsync(page, "category");

            await page.GoBackAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.WaitForURLAsync(baseUrl + "tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026", DomReady);
            await page.GoBackAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.WaitForURLAsync(baseUrl, DomReady);

            await page.GotoAsync(baseUrl + "hoi-nghi/hoi-nghi-giao-ban-cong-tac-dan-van-quy-iii-nam-2026");
            await AssertAccessibleAsync(page, "meeting report");
            await page.GotoAsync(baseUrl + "bao-cao-hoi-nghi");
            await AssertAccessibleAsync(page, "meeting archive");
            await page.GotoAsync(baseUrl + "gioi-thieu");
            await AssertAccessibleAsync(page, "page (Giới thiệu)");
            await page.CloseAsync();
        }

        var portal = await NewPageAsync();
        portal.SetDefaultTimeout(90_000);
        await portal.GotoAsync(_chromium!.Process.BaseAddress.ToString());
        await portal.GetByRole(AriaRole.Link, new() { Name = "Nâng cao hiệu quả thực hiện dân chủ ở cơ sở tại các xã, thị trấn" }).First.ClickAsync();
        await portal.WaitForURLAsync(baseUrl + "tin-tuc/nang-cao-hieu-qua-thuc-hien-dan-chu-o-co-so-tai-cac-xa-thi-tran");
        await AssertAccessibleAsync(portal, "portal article");
    }

    [Fact]
    public async Task An_editor_uploads_a_photo_inserts_it_with_a_caption_and_the_reader_sees_it()
    {
        var baseUrl = new Uri(_chromium!.Process.BaseAddress, "hoa-an/").ToString();
        var photo = Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("recipes"), "media", "duong-giao-thong.jpg");
        var editor = await NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        editor.SetDefaultTimeout(90_000);

        await editor.GotoAsync(baseUrl + "admin/media");
        await editor.GetByLabel("Tên đăng nhập hoặc e-mail").FillAsync("admin");
        await editor.GetByLabel("Mật khẩu").FillAsync(OrchardWebApplicationFactory.AdminPassword);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await editor.WaitForURLAsync(baseUrl + "admin/media");

        // The upload starts from admin.js (deferred): wait until the page has run its scripts.
        await editor.WaitForLoadStateAsync(LoadState.Load);
        await editor.Locator("form[data-media-upload] input[type=file]").SetInputFilesAsync(photo);
        await editor.Locator("a[href*='item?path=duong-giao-thong.jpg']").First.WaitForAsync();

        await editor.GotoAsync(baseUrl + "admin/media/item?path=duong-giao-thong.jpg");
        await editor.Locator("textarea[name=caption]").FillAsync("Tuyến đường mới ở thôn Nà Sác");
        await editor.Locator("input[name=alt], textarea[name=alt]").First.FillAsync("Con đường bê tông giữa ruộng lúa");
        await editor.Locator("form[action$='/admin/media/item'] button[type=submit]").ClickAsync();
        await editor.Locator("[role=status]").Filter(new() { HasText = "Đã lưu mô tả và chú thích" }).WaitForAsync();

        await editor.GotoAsync(baseUrl + "admin/contents/create/Article");
        await editor.GetByLabel("Tiêu đề").FillAsync("Thôn Nà Sác khánh thành đường bê tông");
        await editor.GetByLabel("Tóm tắt").FillAsync("Tuyến đường bê tông mới nối thôn Nà Sác với trung tâm xã.");
        await editor.Locator(".ql-editor").Last.ClickAsync();
        await editor.Keyboard.TypeAsync("Sáng nay, thôn Nà Sác đã khánh thành tuyến đường mới.");
        var picker = await editor.RunAndWaitForPopupAsync(() => editor.Locator(".html-editor__image").Last.ClickAsync());
        await picker.WaitForLoadStateAsync(LoadState.Load);
        try
        {
            await picker.Locator("[data-pick-path='duong-giao-thong.jpg']").ClickAsync();
        }
        catch (PlaywrightException) when (picker.IsClosed)
        {
            // The picker closes itself once the photo is chosen, sometimes before the click action returns; the
            // figcaption below is what proves the pick.
        }

        await editor.Locator(".ql-editor figure figcaption").WaitForAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Đăng", Exact = true }).ClickAsync();
        await editor.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/contents/[0-9a-f]{32}/edit$"));

        var reader = await NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        reader.SetDefaultTimeout(90_000);
        await reader.GotoAsync(baseUrl + "tin-tuc/thon-na-sac-khanh-thanh-duong-be-tong");
        var figure = reader.Locator("main figure").Last;
        Assert.Equal("Tuyến đường mới ở thôn Nà Sác", (await figure.Locator("figcaption").InnerTextAsync()).Trim());
        Assert.StartsWith("/hoa-an/media/duong-giao-thong.jpg", await figure.Locator("img").GetAttributeAsync("src"));
        Assert.True(await figure.Locator("img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the photo did not load");
        var artifacts = Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("TestResults"), "screenshots");
        Directory.CreateDirectory(artifacts);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "article-photo-375.png"), FullPage = true });
    }

    /// <summary>A page (and its popups) whose Content-Security-Policy refusals are kept, for the test to find none.</summary>
    private async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await _chromium!.Browser.NewPageAsync(options);
        // Says which element or file was refused (Chromium's own message does not).
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' at ' + e.sourceFile + ':' + e.lineNumber + ' on ' + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 200) : e.target)), true);");
        Watch(page);
        return page;
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("CSP violation:", StringComparison.Ordinal))
            {
                _cspViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        page.Popup += (_, popup) => Watch(popup);
    }

    /// <summary>The DOM is what the checks read; waiting for every image (resized on first request) only adds time.</summary>
    private static readonly PageWaitForURLOptions DomReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe on the {what} page ({page.Url}):\n{string.Join("\n", serious)}");
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        // Every test's pages ran under the site's Content-Security-Policy: nothing may have been refused.
        Assert.True(_cspViolations.IsEmpty, "Content-Security-Policy violations:\n" + string.Join("\n", _cspViolations));
    }
}
