using Deque.AxeCore.Playwright;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// In Chromium: a reader writes under an article, answers the offline captcha (the test reads the expected code from
/// the tenant's database file, which it owns) and reaches the thank-you page; every page passes axe, with no CSP refusal.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackBrowserTests : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _cspViolations = new();
    private ChromiumSite? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await ChromiumSite.StartAsync();
    }

    [Fact]
    public async Task A_reader_writes_under_an_article_answers_the_code_and_sees_the_thank_you_page_all_passing_axe()
    {
        var baseUrl = new Uri(_chromium!.Process.BaseAddress, "hoa-an/").ToString();
        var page = await _chromium!.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 900 } });
        page.SetDefaultTimeout(90_000);
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective), true);");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("CSP violation:", StringComparison.Ordinal))
            {
                _cspViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };

        await page.GotoAsync(baseUrl + "tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026");
        var form = page.Locator("section.reader-feedback");
        await form.GetByLabel("Họ tên").FillAsync("Lục Thị Hoa");
        await form.GetByLabel("Email").FillAsync("luc.hoa@example.vn");
        await form.GetByLabel("Tiêu đề").FillAsync("Đề nghị mở lớp tiếng Tày");
        await form.GetByLabel("Nội dung").FillAsync("Đề nghị Ban phối hợp mở lớp học tiếng Tày cho cán bộ xã.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "gop-y/viet", DomReady);

        // The text came along; a wrong code is refused next to its field, the text kept.
        Assert.Equal("Đề nghị mở lớp tiếng Tày", await page.GetByLabel("Tiêu đề").InputValueAsync());
        Assert.True(await page.Locator("img.feedback-captcha__image").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 180"), "the code image did not load");
        await AssertAccessibleAsync(page, "feedback form");
        await page.GetByLabel("Nhập các ký tự trong hình").FillAsync("SAI00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "gop-y", DomReady);
        Assert.Equal("Mã kiểm tra không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.", (await page.Locator("#fb-CaptchaAnswer-error").InnerTextAsync()).Trim());
        Assert.Equal("Đề nghị Ban phối hợp mở lớp học tiếng Tày cho cán bộ xã.", await page.GetByLabel("Nội dung").InputValueAsync());
        await AssertAccessibleAsync(page, "feedback form with errors");

        var id = await page.Locator("input[name=CaptchaId]").InputValueAsync();
        await page.GetByLabel("Nhập các ký tự trong hình").FillAsync(ExpectedCode("HoaAn", id));
        // Enter in a field sends the message (the form's default button), never "Đổi mã khác" which comes first on screen.
        await page.GetByLabel("Nhập các ký tự trong hình").PressAsync("Enter");
        await page.WaitForURLAsync(baseUrl + "gop-y/cam-on", DomReady);
        Assert.Contains("Cảm ơn bạn đã gửi ý kiến", await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page, "thank-you");
        Assert.Empty(_cspViolations);
    }

    /// <summary>The code the tenant's database holds for the question (the test owns the database; the product has no bypass).</summary>
    private string ExpectedCode(string tenant, string challengeId)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_chromium!.Factory.AppData, "Sites", tenant, "danvan.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Answer FROM CaptchaChallenges WHERE Id = $id";
        command.Parameters.AddWithValue("$id", challengeId);
        return (string)command.ExecuteScalar()!;
    }

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
    }
}
