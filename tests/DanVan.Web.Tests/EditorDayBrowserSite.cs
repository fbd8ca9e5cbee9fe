using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>One site process (portal and HoaAn) and one Chromium for the editor's browser tests; each test opens its own contexts.</summary>
public sealed class EditorDayBrowserSite : IAsyncLifetime
{
    private ChromiumSite? _chromium;

    public static string Shots { get; } = Path.Combine(OrchardWebApplicationFactory.RepositoryFolder("TestResults"), "screenshots", "editor");

    public SiteProcess Process => _chromium?.Process ?? throw new InvalidOperationException("The site has not started.");

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("Chromium has not started.");

    public System.Collections.Concurrent.ConcurrentQueue<string> CspViolations { get; } = new();

    public async Task InitializeAsync()
    {
        // The scheduled publisher looks every 2 s instead of 30: a scheduled article's test waits for the minute, not for the poll.
        _chromium = await ChromiumSite.StartAsync(new Dictionary<string, string> { ["DanVan__Contents__Schedule__PollInterval"] = "00:00:02" });
        Directory.CreateDirectory(Shots);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}
