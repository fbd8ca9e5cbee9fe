using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>In Chromium (Debian's /usr/bin/chromium): a district admin writes and publishes an article; a reader sees it.</summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly OrchardWebApplicationFactory _site = new();
    private SiteProcess? _process;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: the test command installs Debian's chromium package (apt-get install chromium).");
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "setup", "--name", "Default", "--recipe", "province-portal",
            "--admin-email", "admin@example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "create", "--name", "HoaAn", "--prefix", "hoa-an",
            "--display-name", "Ban Dân vận Huyện ủy Hòa An", "--recipe", "district-board",
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
    public async Task A_district_admin_writes_and_publishes_an_article_that_a_reader_then_sees()
    {
        var baseUrl = new Uri(_process!.BaseAddress, "hoa-an/").ToString();
        var admin = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

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

        var reader = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
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
        var root = _process!.BaseAddress.ToString();
        var portal = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
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

        var district = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
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

        _site.Dispose();
    }
}
