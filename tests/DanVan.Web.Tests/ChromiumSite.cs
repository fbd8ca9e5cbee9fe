using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>
/// What every browser test class starts with: the portal and HoaAn (with sample content) set up by the CLI, so no
/// in-process host holds a file the site needs, the site as a real process, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class ChromiumSite : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteProcess? _process;

    private ChromiumSite()
    {
    }

    public OrchardWebApplicationFactory Factory { get; } = new();

    public SiteProcess Process => _process ?? throw new InvalidOperationException("The site has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    /// <param name="environment">Product options for the site process (e.g. <c>DanVan__…</c>).</param>
    public static async Task<ChromiumSite> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: the test command installs Debian's chromium package (apt-get install chromium).");
        var site = new ChromiumSite();
        Assert.Equal(0, (await HostCli.RunAsync(site.Factory, "tenants", "setup", "--name", "Default", "--recipe", "province-portal",
            "--admin-email", "admin@example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        Assert.Equal(0, (await HostCli.RunAsync(site.Factory, "tenants", "create", "--name", "HoaAn", "--prefix", "hoa-an",
            "--display-name", "Ban Dân vận Huyện ủy Hòa An", "--recipe", "district-board", "--recipe", "sample-content",
            "--admin-email", "admin@hoa-an.example.vn", "--admin-password", OrchardWebApplicationFactory.AdminPassword)).ExitCode);
        site._process = await SiteProcess.StartAsync(site.Factory, environment);
        site._playwright = await Playwright.CreateAsync();
        site._browser = await site._playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return site;
    }

    public async ValueTask DisposeAsync()
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

        Factory.Dispose();
    }
}
