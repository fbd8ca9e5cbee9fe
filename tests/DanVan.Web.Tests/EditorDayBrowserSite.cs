using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>One site process (portal and HoaAn) and one Chromium for the editor's browser tests; each test opens its own contexts.</summary>
public sealed class EditorDayBrowserSite : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly OrchardWebApplicationFactory _site = new();
    private SiteProcess? _process;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string Shots { get; } = Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("TestResults"), "screenshots", "editor");

    public SiteProcess Process => _process ?? throw new InvalidOperationException("The site has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public System.Collections.Concurrent.ConcurrentQueue<string> CspViolations { get; } = new();

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: the test command installs Debian's chromium package (apt-get install chromium).");
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "setup", "--name", "Default", "--recipe", "province-portal",
            "--admin-email", "admin@example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        Assert.Equal(0, (await HostCli.RunAsync(_site, "tenants", "create", "--name", "HoaAn", "--prefix", "hoa-an",
            "--display-name", "Ban Dân vận Huyện ủy Hòa An", "--recipe", "district-board", "--recipe", "sample-content",
            "--admin-email", "admin@hoa-an.example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        // The scheduled publisher looks every 2 s instead of 30: a scheduled article's test waits for the minute, not for the poll.
        _process = await SiteProcess.StartAsync(_site, new Dictionary<string, string> { ["DanVan__Contents__Schedule__PollInterval"] = "00:00:02" });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Shots);
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
