using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>
/// In real time on the site process (its publisher polling every 2 s, <see cref="EditorDayBrowserSite"/>): an article
/// scheduled for the coming minute stays a 404 until then and appears by itself, with no admin request after the
/// schedule. The schedule form takes minutes, so the test waits for the next whole minute (at most two).
/// </summary>
public sealed partial class EditorDayBrowserTests
{
    /// <summary>Time left to write the schedule and see the article still hidden before it is due.</summary>
    private static readonly TimeSpan ScheduleMargin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_article_scheduled_for_the_coming_minute_is_hidden_until_then_and_appears_with_no_admin_request()
    {
        var title = $"Thông báo hẹn giờ lịch tiếp dân {DateTime.UtcNow:HHmmss}";
        var (context, page) = await SignedInAsync(BaseUrl, 1280);
        await page.GotoAsync(BaseUrl + "admin/contents/create/Article");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Tóm tắt").FillAsync("Lịch tiếp dân của Ban Dân vận tháng tới.");
        await page.Locator(".ql-editor").Last.ClickAsync();
        await page.Keyboard.TypeAsync("Ban Dân vận tiếp dân vào sáng thứ Năm hằng tuần.");
        // The preview comes from the server a moment after typing: wait for it (bounded) before reading the address.
        await Assertions.Expect(page.Locator("[data-path-preview]")).ToContainTextAsync("/hoa-an/tin-tuc/thong-bao-hen-gio-lich-tiep-dan-");
        var path = Regex.Match(await page.Locator("[data-path-preview]").InnerTextAsync(), "/hoa-an/[a-z0-9/-]+").Value;
        Assert.StartsWith("/hoa-an/tin-tuc/thong-bao-hen-gio-lich-tiep-dan-", path);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.WaitForURLAsync(EditUrl());

        await page.GetByRole(AriaRole.Link, new() { Name = "Hẹn giờ đăng…" }).ClickAsync();
        // The tenant's own zone, as the form names it: the time typed is read in it.
        var zoneId = Regex.Match(await page.Locator("#PublishTime_hint").InnerTextAsync(), @"\(([^)]+)\)").Groups[1].Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow + ScheduleMargin, zone);
        var at = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified).AddMinutes(1);
        var publishAtUtc = TimeZoneInfo.ConvertTimeToUtc(at, zone);
        var date = at.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);
        var time = at.ToString("HH':'mm", CultureInfo.InvariantCulture);
        await page.GetByLabel("Ngày đăng").FillAsync(date);
        await page.GetByLabel("Giờ đăng (giờ:phút)").FillAsync(time);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hẹn giờ đăng" }).ClickAsync();
        await page.WaitForURLAsync(EditUrl());
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync($"Đã hẹn đăng “{title}” lúc {date} {time}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl);
        await context.CloseAsync();

        // From here on only an anonymous reader asks the site anything: a bounded poll for the publication.
        using var reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = _site.Process.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var deadline = publishAtUtc + TimeSpan.FromSeconds(60);
        var hiddenChecks = 0;
        while (true)
        {
            using var article = await reader.GetAsync(path);
            var home = await reader.GetStringAsync("/hoa-an/");
            var answeredUtc = DateTime.UtcNow;
            if (article.StatusCode == HttpStatusCode.OK && home.Contains(title, StringComparison.Ordinal))
            {
                Assert.True(answeredUtc >= publishAtUtc, $"the article was visible at {answeredUtc:O}, before its time {publishAtUtc:O}");
                Assert.Contains(title, await article.Content.ReadAsStringAsync());
                break;
            }

            if (answeredUtc < publishAtUtc)
            {
                Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
                Assert.DoesNotContain(title, home);
                hiddenChecks++;
            }

            Assert.True(answeredUtc < deadline, $"the article scheduled for {publishAtUtc:O} was not on the site by {answeredUtc:O} (last answer {(int)article.StatusCode})");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Assert.True(hiddenChecks > 0, "the article was never seen hidden before its time");
        var anonymous = await _site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "vi-VN" });
        var readerPage = await anonymous.NewPageAsync();
        await readerPage.GotoAsync(new Uri(_site.Process.BaseAddress, path).ToString());
        await Assertions.Expect(readerPage.Locator("h1")).ToContainTextAsync(title);
        await readerPage.ScreenshotAsync(new() { Path = Path.Combine(Shots, "scheduled-article-1280.png") });
        await anonymous.CloseAsync();
    }
}
