using System.Net;

namespace DanVan.Web.Tests.Contents;

/// <summary>The schedule is in the tenant's database: a process started afterwards (a restart, another node) publishes it.</summary>
public sealed class ScheduledPublishingRestartTests
{
    [Fact]
    public async Task A_schedule_set_before_a_restart_is_published_by_the_process_that_comes_after()
    {
        using var before = new ScheduledPublishingSite();
        await before.InitializeAsync();
        var admin = await before.SignedInAsync();
        var id = ContentAdminForms.IdFrom(await ContentAdminForms.CreateArticleAsync(admin, "Bài đăng sau khi khởi động lại", "draft"));
        var path = await before.PublicPathAsync(id);
        var (date, time, _) = before.LocalIn(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/contents/{id}/schedule", $"/admin/contents/{id}/schedule", new()
        {
            ["Stamp"] = await ContentAdminForms.ScheduleStampAsync(admin, id),
            ["PublishDate"] = date,
            ["PublishTime"] = time,
        })).StatusCode);

        // A new process on the same App_Data, whose memory never held the schedule; the first one's clock stays put.
        using var after = new RestartedSite(before);
        var reader = after.Client("/hoa-an");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        after.Clock.Advance(TimeSpan.FromHours(2));
        var page = await Eventually.ReturnsAsync(
            async () =>
            {
                await after.PublisherTurnAsync();
                return await reader.GetAsync(path);
            },
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private sealed class RestartedSite(ScheduledPublishingSite appDataOf) : ScheduledPublishingSite(appDataOf)
    {
        public override Task InitializeAsync() => Task.CompletedTask;
    }
}
