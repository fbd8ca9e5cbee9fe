using System.Net;
using System.Text.RegularExpressions;
using DanVan.Contents.Data;
using DanVan.Orchard.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// A schedule publishes the version that was scheduled, nothing else: a draft saved afterwards is published only if
/// someone who may publish the item saved it (the schedule follows their save); a draft saved by anyone else, or
/// written around the editor (an import), calls the schedule off, with an audit entry and a notice in the admin.
/// </summary>
public sealed partial class ScheduledVersionTests(ScheduledPublishingSite site) : IClassFixture<ScheduledPublishingSite>
{
    private const string CalledOff = "đã bị hủy vì có bản nháp mới hơn";

    [Fact]
    public async Task A_draft_written_after_the_schedule_is_not_published_and_the_editor_is_told()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài hẹn giờ có bản nháp chen vào", "draft"));
        var path = await site.PublicPathAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(admin, id, TimeSpan.FromHours(1))).StatusCode);

        // A newer draft that did not go through the editor (an import, another module): the schedule does not follow it.
        await site.InTenantAsync("HoaAn", async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            var latest = (await contents.GetLatestVersionAsync(id, CancellationToken.None))!;
            latest.Item.Content["HtmlBodyPart"]!["Html"] = "<p>Đoạn chen vào chưa ai duyệt.</p>";
            await contents.SaveAsync(latest.Item, publish: false, latest.ConcurrencyStamp, new ContentActor(null, "nhap-tu-tep"), CancellationToken.None);
        });

        await PastAsync(TimeSpan.FromHours(2));

        Assert.Equal(HttpStatusCode.NotFound, (await site.Client("/hoa-an").GetAsync(path)).StatusCode);
        var edit = await admin.GetStringAsync($"/admin/contents/{id}/edit");
        Assert.Contains(CalledOff, edit);
        Assert.DoesNotContain("badge--scheduled", edit);
        Assert.Contains("Lịch đăng đã bị hủy", await admin.GetStringAsync("/admin/contents"));
        Assert.True(HasAuditRow(await admin.GetStringAsync("/admin/audit"), "Hệ thống", "Hủy lịch đăng (có bản nháp mới hơn)", "Bài hẹn giờ có bản nháp chen vào"));
    }

    [Fact]
    public async Task The_version_scheduled_is_published_in_the_name_of_who_scheduled_it()
    {
        var contributor = await site.SignedInAsync("contributor");
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(contributor, "Bài cộng tác viên được hẹn đăng", "draft"));
        var path = await site.PublicPathAsync(id);
        var editor = await site.SignedInAsync("editor");
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(editor, id, TimeSpan.FromHours(1))).StatusCode);

        site.Clock.Advance(TimeSpan.FromHours(2));
        var page = await PublishedAsync(path);

        Assert.Contains("Nội dung bài viết thử nghiệm.", await page.Content.ReadAsStringAsync());
        var admin = await site.SignedInAsync();
        Assert.True(HasAuditRow(await admin.GetStringAsync("/admin/audit"), "editor", "Đăng", "Bài cộng tác viên được hẹn đăng"));
    }

    [Fact]
    public async Task A_contributor_saving_a_scheduled_draft_calls_the_schedule_off_at_once()
    {
        var contributor = await site.SignedInAsync("contributor");
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(contributor, "Bài cộng tác viên sửa sau khi hẹn", "draft"));
        var path = await site.PublicPathAsync(id);
        var editor = await site.SignedInAsync("editor");
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(editor, id, TimeSpan.FromHours(1))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveDraftAsync(contributor, id, "Bài cộng tác viên sửa sau khi hẹn", "<p>Câu chèn thêm sau khi đã duyệt.</p>")).StatusCode);

        Assert.Contains("đã bị hủy vì bạn không có quyền đăng", await contributor.GetStringAsync("/admin/contents"));
        var edit = await editor.GetStringAsync($"/admin/contents/{id}/edit");
        Assert.DoesNotContain("badge--scheduled", edit);
        Assert.Contains(CalledOff, edit);
        Assert.Contains("contributor (không có quyền đăng)", edit);
        Assert.True(HasAuditRow(await (await site.SignedInAsync()).GetStringAsync("/admin/audit"), "contributor", "Hủy lịch đăng (có bản nháp mới hơn)", "Bài cộng tác viên sửa sau khi hẹn"));

        await PastAsync(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client("/hoa-an").GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_contributor_restoring_an_old_version_calls_the_schedule_off()
    {
        var contributor = await site.SignedInAsync("contributor");
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(contributor, "Bài cộng tác viên khôi phục bản cũ", "draft"));
        var editor = await site.SignedInAsync("editor");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/publish", new() { ["confirmed"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveDraftAsync(contributor, id, "Bài cộng tác viên khôi phục bản cũ", "<p>Bản sửa thứ hai.</p>")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(editor, id, TimeSpan.FromHours(1))).StatusCode);
        var versions = VersionRadio().Matches(await contributor.GetStringAsync($"/admin/contents/{id}/versions")).Select(m => m.Groups[1].Value).Distinct().ToList();

        var restored = await contributor.PostFormAsync($"/admin/contents/{id}/versions", $"/admin/contents/{id}/versions/{versions[^1]}/restore", []);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var edit = await editor.GetStringAsync($"/admin/contents/{id}/edit");
        Assert.DoesNotContain("badge--scheduled", edit);
        Assert.Contains(CalledOff, edit);
    }

    [Fact]
    public async Task An_editor_saving_the_scheduled_draft_carries_the_schedule_to_what_they_saved()
    {
        var editor = await site.SignedInAsync("editor");
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(editor, "Bài biên tập viên sửa sau khi hẹn", "draft"));
        var path = await site.PublicPathAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(editor, id, TimeSpan.FromHours(1))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveDraftAsync(editor, id, "Bài biên tập viên sửa sau khi hẹn", "<p>Sửa lỗi chính tả trước giờ đăng.</p>")).StatusCode);
        var edit = await editor.GetStringAsync($"/admin/contents/{id}/edit");
        Assert.Contains("Bài vẫn hẹn đăng lúc", edit);
        Assert.Contains("badge--scheduled", edit);

        site.Clock.Advance(TimeSpan.FromHours(2));
        var page = await PublishedAsync(path);
        Assert.Contains("Sửa lỗi chính tả trước giờ đăng.", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_schedule_form_refuses_when_the_item_changed_after_it_was_opened()
    {
        var contributor = await site.SignedInAsync("contributor");
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(contributor, "Bài sửa trong lúc hẹn giờ", "draft"));
        var editor = await site.SignedInAsync("editor");
        var form = await editor.GetStringAsync($"/admin/contents/{id}/schedule");
        var stamp = StampInput().Match(form).Groups[1].Value;
        Assert.NotEmpty(stamp);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveDraftAsync(contributor, id, "Bài sửa trong lúc hẹn giờ", "<p>Sửa khi biên tập viên đang hẹn giờ.</p>")).StatusCode);

        var (date, time, _) = site.LocalIn(TimeSpan.FromHours(1));
        var refused = await editor.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["PublishDate"] = date,
            ["PublishTime"] = time,
            ["Stamp"] = stamp,
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Bài vừa được sửa sau khi bạn mở trang này", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("badge--scheduled", await editor.GetStringAsync($"/admin/contents/{id}/edit"));
    }

    [Fact]
    public async Task Publishing_by_hand_ends_the_schedule()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài hẹn giờ rồi đăng tay", "draft"));
        var path = await site.PublicPathAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(admin, id, TimeSpan.FromHours(1))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/publish", new() { ["confirmed"] = "true" })).StatusCode);

        Assert.DoesNotContain("badge--scheduled", await admin.GetStringAsync($"/admin/contents/{id}/edit"));

        // A draft saved after the manual publish is not published by the spent schedule.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveDraftAsync(admin, id, "Bài hẹn giờ rồi đăng tay", "<p>Bản nháp sau khi đã đăng tay.</p>")).StatusCode);
        await PastAsync(TimeSpan.FromHours(2));
        Assert.DoesNotContain("Bản nháp sau khi đã đăng tay.", await site.Client("/hoa-an").GetStringAsync(path));
    }

    [Fact]
    public async Task A_schedule_from_before_versions_were_pinned_is_called_off_not_published()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài hẹn giờ từ bản cũ", "draft"));
        var path = await site.PublicPathAsync(id);
        await site.InTenantAsync("HoaAn", async services =>
        {
            // A row as the first version of the table wrote it: no version named.
            var db = services.GetRequiredService<ContentsDbContext>();
            db.Schedules.Add(new ScheduledPublication { ContentItemId = id, PublishAtUtc = site.Clock.GetUtcNow().UtcDateTime.AddMinutes(30), UserName = "admin" });
            await db.SaveChangesAsync();
        });
        site.Get<DanVan.Contents.Scheduling.PublishScheduleSignal>().Due("HoaAn", site.Clock.GetUtcNow().UtcDateTime.AddMinutes(30));

        await PastAsync(TimeSpan.FromHours(1));

        Assert.Equal(HttpStatusCode.NotFound, (await site.Client("/hoa-an").GetAsync(path)).StatusCode);
        Assert.Contains("lịch được đặt trước khi hệ thống ghi lại phiên bản", await admin.GetStringAsync($"/admin/contents/{id}/edit"));
    }

    [Fact]
    public async Task A_schedule_post_that_does_not_say_which_version_it_saw_is_refused()
    {
        var editor = await site.SignedInAsync("editor");
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(editor, "Bài hẹn giờ không có dấu phiên bản", "draft"));
        var (date, time, _) = site.LocalIn(TimeSpan.FromHours(1));

        var refused = await editor.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["PublishDate"] = date,
            ["PublishTime"] = time,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Mở lại trang hẹn giờ rồi thử lại", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("badge--scheduled", await editor.GetStringAsync($"/admin/contents/{id}/edit"));
    }

    private async Task<HttpResponseMessage> ScheduleAsync(TenantClient client, string id, TimeSpan ahead)
    {
        var (date, time, _) = site.LocalIn(ahead);
        return await client.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["PublishDate"] = date,
            ["PublishTime"] = time,
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(client, id),
        });
    }

    private static async Task<HttpResponseMessage> SaveDraftAsync(TenantClient client, string id, string title, string body)
    {
        var edit = await client.GetStringAsync($"/admin/contents/{id}/edit");
        return await client.PostFormAsync($"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit", new()
        {
            ["Stamp"] = StampInput().Match(edit).Groups[1].Value,
            ["Title"] = title,
            ["Path"] = string.Empty,
            ["BodyHtml"] = body,
            ["f.Article.Summary"] = "Tóm tắt bài viết.",
            ["f.Article.Tags"] = "thử nghiệm",
            ["submit"] = "draft",
        });
    }

    /// <summary>Moves the scheduler's clock on and lets the publisher take a turn with it.</summary>
    private async Task PastAsync(TimeSpan ahead)
    {
        site.Clock.Advance(ahead);
        await site.PublisherTurnAsync();
    }

    private async Task<HttpResponseMessage> PublishedAsync(string path)
    {
        var reader = site.Client("/hoa-an");
        var page = await Eventually.ReturnsAsync(
            async () =>
            {
                site.Get<DanVan.Contents.Scheduling.PublishScheduleSignal>().Wake();
                return await reader.GetAsync(path);
            },
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    /// <summary>Whether the audit list has a row by <paramref name="user"/> with that action about that title.</summary>
    private static bool HasAuditRow(string html, string user, string action, string title) =>
        AuditRow().Matches(html).Any(row =>
            row.Value.Contains($"<td>{user}</td>", StringComparison.Ordinal) &&
            row.Value.Contains($"<td>{action}</td>", StringComparison.Ordinal) &&
            row.Value.Contains(title, StringComparison.Ordinal));

    [GeneratedRegex("name=\"Stamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampInput();

    [GeneratedRegex("name=\"to\" value=\"([^\"]+)\"")]
    private static partial Regex VersionRadio();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex AuditRow();
}
