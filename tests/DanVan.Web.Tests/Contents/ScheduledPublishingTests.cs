using System.Net;

namespace DanVan.Web.Tests.Contents;

/// <summary>
/// "Hẹn giờ đăng": an item scheduled stays a draft (readers get 404) until its time, then the background publisher
/// publishes it — without any request to the admin — through the content manager, so the cached pages follow.
/// </summary>
public sealed class ScheduledPublishingTests(ScheduledPublishingSite site) : IClassFixture<ScheduledPublishingSite>
{
    [Fact]
    public async Task A_scheduled_article_is_invisible_before_its_time_and_published_after_without_an_admin_request()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Hội nghị hẹn giờ đăng", "draft"));
        var path = await site.PublicPathAsync(id);
        var reader = site.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.DoesNotContain("Hội nghị hẹn giờ đăng", await reader.GetStringAsync("/"));

        var (date, time, local) = site.LocalIn(TimeSpan.FromHours(2));
        var scheduled = await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(admin, id),
            ["PublishDate"] = date,
            ["PublishTime"] = time,
        });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var marker = $"Hẹn đăng {date} {time}";
        Assert.Contains(marker, await admin.GetStringAsync("/admin/contents"));
        Assert.Contains(marker, await admin.GetStringAsync($"/admin/contents/{id}/edit"));

        // A minute before the time, the publisher has looked and left it a draft.
        site.Clock.Advance(TimeZoneInfo.ConvertTimeToUtc(local, ScheduledPublishingSite.Zone) - site.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(1));
        await site.PublisherTurnAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);

        // At the time: readers get it (the cached home page too), with no request to the admin in between.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var page = await Eventually.ReturnsAsync(
            async () =>
            {
                site.Get<DanVan.Contents.Scheduling.PublishScheduleSignal>().Wake();
                return await reader.GetAsync(path);
            },
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hội nghị hẹn giờ đăng", await page.Content.ReadAsStringAsync());
        Assert.Contains("Hội nghị hẹn giờ đăng", await reader.GetStringAsync("/"));

        // Published in the name of who scheduled it; the marker is gone.
        var list = await admin.GetStringAsync("/admin/contents");
        Assert.DoesNotContain(marker, list);
        Assert.Contains("Đã đăng", await admin.GetStringAsync($"/admin/contents/{id}/edit"));
    }

    [Fact]
    public async Task A_time_already_past_or_not_a_time_is_refused_next_to_its_field_and_nothing_is_scheduled()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài hẹn giờ sai", "draft"));
        var (date, time, _) = site.LocalIn(TimeSpan.FromMinutes(-5));

        var past = await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(admin, id),
            ["PublishDate"] = date,
            ["PublishTime"] = time,
        });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.StartsWith("Thời điểm này đã qua", Editor.EditorSite.ErrorNextTo(await past.Content.ReadAsStringAsync(), "PublishDate"));

        var (tomorrow, _, _) = site.LocalIn(TimeSpan.FromDays(1));
        var badTime = await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(admin, id),
            ["PublishDate"] = tomorrow,
            ["PublishTime"] = "25:00",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        var page = await badTime.Content.ReadAsStringAsync();
        Assert.StartsWith("Giờ không hợp lệ", Editor.EditorSite.ErrorNextTo(page, "PublishTime"));
        Assert.Equal(string.Empty, Editor.EditorSite.ErrorNextTo(page, "PublishDate"));

        Assert.DoesNotContain("Hẹn đăng", await admin.GetStringAsync($"/admin/contents/{id}/edit"));
    }

    [Fact]
    public async Task A_cancelled_schedule_publishes_nothing()
    {
        var admin = await site.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài hủy hẹn giờ", "draft"));
        var path = await site.PublicPathAsync(id);
        var (date, time, _) = site.LocalIn(TimeSpan.FromMinutes(30));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(admin, id),
            ["PublishDate"] = date,
            ["PublishTime"] = time,
        })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule/cancel", [])).StatusCode);
        Assert.DoesNotContain("Hẹn đăng", await admin.GetStringAsync($"/admin/contents/{id}/edit"));

        site.Clock.Advance(TimeSpan.FromHours(1));
        await site.PublisherTurnAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client("/hoa-an").GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Only_who_may_publish_the_item_may_schedule_it()
    {
        var author = await site.SignedInAsync("author");
        var own = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(author, "Bài của tác giả", "draft"));
        var other = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(await site.SignedInAsync("author2"), "Bài của người khác", "draft"));
        var (date, time, _) = site.LocalIn(TimeSpan.FromHours(3));
        var fields = new Dictionary<string, string> { ["PublishDate"] = date, ["PublishTime"] = time, ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(author, own) };

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/contents/{own}/schedule", $"/admin/contents/{own}/schedule", fields)).StatusCode);
        Assert.True(ContentAdminForms.Refused(await author.PostFormAsync($"/admin/contents/{own}/schedule", $"/admin/contents/{other}/schedule", fields)));
    }
}
