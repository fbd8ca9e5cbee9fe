using System.Globalization;
using Microsoft.Playwright;

namespace DanVan.Web.Tests;

/// <summary>
/// The publishing tools on a phone: "Hẹn giờ đăng" through the form (the marker in the list) and "Với các mục đã chọn"
/// publishing three drafts. That a schedule publishes at its time, with no admin request, is proven on a clock the
/// test moves by <see cref="Contents.ScheduledPublishingTests"/>, and in real time (the coming minute) by
/// <see cref="An_article_scheduled_for_the_coming_minute_is_hidden_until_then_and_appears_with_no_admin_request"/>.
/// </summary>
public sealed partial class EditorDayBrowserTests
{
    [Fact]
    public async Task On_a_phone_an_article_is_scheduled_and_three_drafts_are_published_with_the_list_checkboxes()
    {
        var (context, page) = await SignedInAsync(BaseUrl, 375);
        var titles = new[] { "Bài loạt trình duyệt một", "Bài loạt trình duyệt hai", "Bài loạt trình duyệt ba" };
        foreach (var title in titles)
        {
            await page.GotoAsync(BaseUrl + "admin/contents/create/Article");
            await page.GetByLabel("Tiêu đề").FillAsync(title);
            await page.GetByLabel("Tóm tắt").FillAsync("Tóm tắt bài đăng loạt.");
            await page.Locator(".ql-editor").Last.ClickAsync();
            await page.Keyboard.TypeAsync("Nội dung bài đăng loạt.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
            await page.WaitForURLAsync(EditUrl());
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var tomorrow = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone).Date.AddDays(1);
        var date = tomorrow.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);
        await page.GetByRole(AriaRole.Link, new() { Name = "Hẹn giờ đăng…" }).ClickAsync();
        await page.GetByLabel("Ngày đăng").PressSequentiallyAsync(date);
        await Assertions.Expect(page.Locator("#PublishDate_words")).ToContainTextAsync($"{tomorrow.Day} tháng {tomorrow.Month} năm {tomorrow.Year}");
        await page.GetByLabel("Giờ đăng (giờ:phút)").FillAsync("08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hẹn giờ đăng" }).ClickAsync();
        await page.WaitForURLAsync(EditUrl());
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync($"Đã hẹn đăng “{titles[2]}” lúc {date} 08:00");

        await page.GotoAsync(BaseUrl + "admin/contents?status=Draft");
        await Assertions.Expect(page.GetByText($"Hẹn đăng {date} 08:00")).ToBeVisibleAsync();
        await AssertNotWiderThanAsync(page, 375, "the content list with its checkboxes");
        foreach (var title in titles)
        {
            await page.GetByLabel($"Chọn “{title}”").CheckAsync();
        }

        await page.GetByLabel("Với các mục đã chọn").SelectOptionAsync("publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("Đã đăng 3 mục.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "bulk-published-375.png"), FullPage = true });
        await context.CloseAsync();
    }
}
